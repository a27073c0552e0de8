# pop with and without default, popitem until empty
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError:
    print("KeyError")
print(sorted([d.popitem(), d.popitem()]), d)
try:
    d.popitem()
except KeyError:
    print("KeyError empty")
