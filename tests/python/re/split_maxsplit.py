# The maxsplit argument of re.split.
import re

print(re.split(",", "a,b,c,d", 1))
print(re.split(",", "a,b,c,d", maxsplit=2))
print(re.split(",", "a,b,c,d", 0))
print(re.split(",", "a,b,c,d", 10))
print(re.split(",", "a,b,c,d", -1))
p = re.compile(",")
print(p.split("a,b,c", 1))
print(p.split("a,b,c", maxsplit=1))
