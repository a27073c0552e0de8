# `.` matches any character but a newline.
import re

print(re.match("a.c", "abc").group())
print(re.match("a.c", "a-c").group())
print(re.match("a.c", "ac"))
print(re.match("...", "ab"))
print(re.search("a.b", "xxa b").span())
print(re.match(".*", "abc").group())
print(re.match(".*", "ab\ncd").group())
print(re.match("a.c", "a\nc"))
