# str subjects are matched by character; spans are character indices.
import re

s = "héllo wörld €100"
print(re.search("w.rld", s).group(), re.search("w.rld", s).span())
print(re.search("€(\\d+)", s).span(1))
print(re.match("h.llo", s).group())
print(re.match("[é]", "é").group())
print(re.match("[à-ü]+", "éöx").group())
print(re.split(" ", s))
print(re.sub("ö", "oe", s))
print(re.match("..", "€€€").span())
print(re.fullmatch("\u20ac+", "€€").group())
print(re.search("x", "ééx").start())
