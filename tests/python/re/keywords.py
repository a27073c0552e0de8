# Keyword arguments and flags=0.
import re

print(re.match("a", "abc", 0).span())
print(re.match("a", "abc", flags=0).span())
print(re.search("b", "abc", flags=0).span())
print(re.sub("a", "b", "aa", count=1, flags=0))
print(re.split("a", "bab", maxsplit=1, flags=0))
print(re.compile("a", 0).match("a").span())
print(re.match("(a)(b)?", "a").groups(default="-"))
