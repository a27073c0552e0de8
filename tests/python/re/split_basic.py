# re.split.
import re

print(re.split(",", "a,b,c"))
print(re.split(",", "a,,b,"))
print(re.split(r"\s+", " a  b c "))
print(re.split("x", "abc"))
print(re.split("x", ""))
print(re.split("[,;] *", "a, b;c;  d"))
print(re.split("abc", "abc"))
