# Longer subjects and many matches.
import re

s = "ab" * 500 + "c"
print(re.search("c", s).span())
print(len(re.split("b", s)))
print(len(re.sub("a", "xy", s)))
print(re.match("(ab)*c", s).span(1))
words = " ".join("w%d" % i for i in range(200))
print(re.sub(r"w(\d+)", r"\1", words)[:40])
print(re.search(r"w19\d\b", words).group())
