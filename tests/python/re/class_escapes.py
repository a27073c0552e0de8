# \d \D \w \W \s \S, alone and inside classes.
import re

s = "ab 12_\tZ!\n"
for e in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    print(e, [c for c in s if re.match(e, c)])
print(re.match(r"[\d.]+", "3.14x").group())
print(re.match(r"[\s,]+", " , ,x").group())
print(re.match(r"[^\d]+", "abc1").group())
print(re.match(r"[\D]+", "ab1").group())
print(re.match(r"[\w-]+", "a-b_c d").group())
print(re.match(r"[\S]+", "ab c").group())
print(re.match(r"[\W]+", "!? a").group())
