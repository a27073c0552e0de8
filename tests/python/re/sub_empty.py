# Empty matches in re.sub (CPython 3.7's rule: empty matches next to a previous match count).
import re

print(re.sub("x*", "-", "abxd"))
print(re.sub("x*", "-", ""))
print(re.sub("b*", "-", "abc"))
print(re.sub("a|", "-", "abac"))
print(re.sub("(?:)", "|", "abc"))
print(re.sub(r"\b", "|", "ab cd"))
