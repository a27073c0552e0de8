"""A module that exercises ordinary Python."""
from collections import namedtuple
import sys as system

Point = namedtuple("Point", ["x", "y"])
CONSTANT = 0x7F_FF_FF_FF


class Shape(object):
    """A shape."""

    count = 0

    def __init__(self, name, *points, scale=1.0, **options):
        self.name = name
        self.points = [Point(x * scale, y * scale) for (x, y) in points]
        self.options = dict(options, kind=name.lower())
        Shape.count += 1

    @property
    def area(self):
        total = 0.0
        for i, p in enumerate(self.points):
            q = self.points[(i + 1) % len(self.points)]
            total += p.x * q.y - q.x * p.y
        return abs(total) / 2

    def __repr__(self):
        return "Shape(%r, %d points)" % (self.name, len(self.points))


def gen(n):
    try:
        while n > 0:
            yield n
            n -= 1
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    finally:
        del n


lam = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
squares = {k: v ** 2 for k, v in zip(range(10), range(10)) if k % 2 == 0 and not k < 0}
flags = [x is None or x is not None for x in (None, 0, [], ())]
nested = [[1, 2], [3, 4]][1][0] >> 1 << 2
print(system.argv[1:], file=system.stderr, end="\n", sep='')
global_var = -1
def outer():
    global global_var
    x = 1
    def inner():
        nonlocal x
        x += 1
    with open("f") as f, open("g") as g:
        pass
    return inner
