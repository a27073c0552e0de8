# `|`: the first alternative that leads to a match wins.
import re

print(re.match("cat|dog", "dog").group())
print(re.match("cat|dog", "cat").group())
print(re.match("cat|dog", "cow"))
print(re.match("a|ab", "ab").group())
print(re.match("ab|a", "ab").group())
print(re.match("(a|ab)c", "abc").group(1))
print(re.search("one|two|three|four", "xx four three").group())
print(re.match("|a", "a").span())
print(re.match("a|", "b").span())
print(re.fullmatch("a|ab|abc", "abc").group())
