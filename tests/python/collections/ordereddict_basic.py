# OrderedDict keeps insertion order; repr as CPython 3.11.
from collections import OrderedDict

d = OrderedDict()
print(d, repr(d), len(d), bool(d))
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 5
print(d)
print(OrderedDict([("b", 2), ("a", 1)]), OrderedDict(x=1, y=2))
print(isinstance(d, dict), d.get("m"), d.get("q", -1), "m" in d, "q" in d)
