# _make, _asdict, _replace and _fields.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point._make([10, 20])
print(p, p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=5), p._replace(), p)
print(Point._make(iter((7, 8))), Point._make("ab"))
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
print(Point._fields, p._fields)
