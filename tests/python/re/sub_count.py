# The count argument of re.sub, positional and keyword.
import re

print(re.sub("a", "x", "aaaa", 2))
print(re.sub("a", "x", "aaaa", count=1))
print(re.sub("a", "x", "aaaa", count=0))
print(re.sub("a", "x", "aaaa", 10))
p = re.compile("a")
print(p.sub("y", "banana", 1))
print(p.sub("y", "banana", count=2))
