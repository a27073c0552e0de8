# namedtuples are written by json as arrays; they can be subclassed.
import json
from collections import namedtuple

Point = namedtuple("Point", "x y")
print(json.dumps(Point(1, 2)), json.dumps({"p": Point(3, [4])}))

class Vec(Point):
    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(v.norm2(), v.x, v[1], isinstance(v, Point))
