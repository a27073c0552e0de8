# start(), end() and span() of the match and of groups.
import re

m = re.search("(b+)(c*)", "aabbbd")
print(m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span(1))
print(m.start(2), m.end(2), m.span(2))
m = re.search("(x)?y", "aay")
print(m.span(1), m.start(1), m.end(1))
m = re.search("$", "abc")
print(m.span())
