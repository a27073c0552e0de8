# namedtuple: fields as a list, a space string or a comma string; attributes, indexing, repr.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p))
print(repr(p), str(p))
P3 = namedtuple("P3", "x y z")
print(P3(1, 2, 3))
P4 = namedtuple("P4", "a, b,c")
print(P4(1, "two", [3]), P4._fields, P3._fields, Point._fields)
print(Point.__name__, type(p).__name__)
print(namedtuple("Empty", [])())
