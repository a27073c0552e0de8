# Empty matches in re.split (CPython 3.7's rule).
import re

print(re.split("x*", "axbc"))
print(re.split("", "abc"))
print(re.split(r"\b", "a b"))
print(re.split("(?:)", ""))
print(re.split("(x*)", "ab"))
