# pos and endpos of a compiled pattern's match/search/fullmatch.
import re

p = re.compile("b+")
print(p.match("abbbc", 1).span())
print(p.match("abbbc", 2).span())
print(p.match("abbbc", 1, 3).span())
print(p.search("abbbc", 0, 2).span())
print(p.search("abbbc", 4))
print(p.fullmatch("abbbc", 1, 4).span())
print(p.fullmatch("abbbc", 1, 5))
print(p.match("abbbc", pos=2, endpos=3).span())
print(p.match("abbbc", 3, 2))
print(p.match("abbbc", -5).__class__.__name__ if p.match("abbbc", -5) else None)
print(p.search("abbbc", 1, 100).span())
q = re.compile("^a")
print(q.search("aa", 1))
r = re.compile("c$")
print(r.search("abcd", 0, 3).span())
