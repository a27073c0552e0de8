# Greedy `*`.
import re

for s in ["", "a", "aaa", "baaa", "aaab"]:
    m = re.match("a*", s)
    print(repr(s), m.group(), m.span())
print(re.match("ba*c", "bc").group())
print(re.match("ba*c", "baaac").group())
print(re.match("ba*c", "bac d").span())
print(re.search("x*y", "aaxxxyb").group())
