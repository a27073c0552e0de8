# A namedtuple is a tuple: equality, hashing, unpacking, slicing, iteration, comparisons.
from collections import namedtuple

P = namedtuple("P", "a b c")
p = P(3, 1, 2)
print(p == (3, 1, 2), p != (3, 1, 2), isinstance(p, tuple), isinstance(p, P))
print(hash(p) == hash((3, 1, 2)))
a, b, c = p
print(a, b, c, p[1:], list(p), sorted(p), tuple(p), p + (4,), p * 2)
print(p < P(3, 2, 0), max(p), p.count(1), p.index(2), 2 in p)
d = {p: "v"}
print(d[(3, 1, 2)])
