# Equality between OrderedDicts depends on order; with a dict it does not.
from collections import OrderedDict

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == {"y": 2, "x": 1}, {"y": 2, "x": 1} == a)
print(a == OrderedDict([("x", 1), ("y", 2)]), a == OrderedDict([("x", 1)]), a == [1])
