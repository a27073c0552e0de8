# Empty patterns and empty subjects.
import re

print(re.match("", "").span())
print(re.search("", "abc").span())
print(re.fullmatch("", "").span())
print(re.fullmatch("", "a"))
print(re.split(",", ""))
print(re.sub("", "x", "ab"))
print(re.match("()", "").groups())
