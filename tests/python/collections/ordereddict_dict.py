# dict() and dict.update() copy an OrderedDict (a dict subclass) as a mapping.
from collections import OrderedDict

o = OrderedDict([("b", 1), ("a", 2)])
d = dict(o)
print(d, type(d).__name__)
e = {"z": 0}
e.update(o)
print(e)
print(dict(o, c=3))
