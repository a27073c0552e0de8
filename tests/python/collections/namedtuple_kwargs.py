# Keyword construction and CPython's messages for bad arguments.
from collections import namedtuple

Point = namedtuple("Point", "x y")
print(Point(x=1, y=2), Point(1, y=5), Point(y=3, x=4))
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
P3 = namedtuple("P3", "a b c")
try:
    P3()
except TypeError as e:
    print("TypeError", e)
P2 = namedtuple("P2", "a b c d")
try:
    P2(1, 2)
except TypeError as e:
    print("TypeError", e)
