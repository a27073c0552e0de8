# Greedy `+`.
import re

for s in ["", "a", "aaa", "baaa", "aaab"]:
    m = re.match("a+", s)
    print(repr(s), m and m.group())
print(re.search("[0-9]+", "abc 1234 def").group())
print(re.match("(ab)+", "ababab!").group())
print(re.match("(ab)+", "ababab!").group(1))
