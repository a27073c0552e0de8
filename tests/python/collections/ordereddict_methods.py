# popitem (last=True/False), move_to_end, pop, setdefault, update, copy, fromkeys, clear.
from collections import OrderedDict

d = OrderedDict.fromkeys("abcde", 0)
print(d, type(d).__name__)
print(d.popitem(), d.popitem(last=False), d)
d.move_to_end("b")
print(d)
d.move_to_end("d", last=False)
print(d)
print(d.pop("c"), d.setdefault("q", 9), d)
d.update({"r": 1, "b": 7})
print(d)
e = d.copy()
e["new"] = 1
print(d, e, type(e).__name__)
d.clear()
print(d)
try:
    d.popitem()
except KeyError as x:
    print("KeyError", x)
try:
    d.move_to_end("nope")
except KeyError as x:
    print("KeyError", x)
