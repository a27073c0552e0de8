# Compiled patterns: their match/search/fullmatch/sub/split methods and attributes.
import re

p = re.compile(r"(\d+)-(\d+)")
print(p.match("12-34 x").groups())
print(p.match("x 12-34"))
print(p.search("x 12-34").span())
print(p.fullmatch("12-34").group(2))
print(p.fullmatch("12-34x"))
print(p.sub(r"\2-\1", "1-2 and 33-44"))
print(p.split("a1-2b3-4c"))
print(p.pattern)
print(p.groups)
print(re.compile(p) is p)
print(re.match(p, "5-6").groups())
m = p.search("xx 7-8")
print(m.string, m.re is p)
