# every dict method: get/setdefault/pop/popitem/update forms/copy/clear/fromkeys, and their errors
d = dict(a=1, b=2)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("z", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("p", 5), ("q", 6)])
d.update(z=26)
d.update()
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(c), len(d), c is d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(dict([(1, 2), [3, 4]]), dict({"k": "v"}, k2="v2"), dict(zip("ab", "xy")), dict())
d.clear()
print(d, len(d))
for f, a in [(d.pop, ("nope",)), (d.popitem, ()), (dict, ([1, 2],)), (dict, ([(1, 2, 3)],)), (d.update, (5,))]:
    try:
        f(*a)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: 1} == {True: 1}, {"a": [1]} == {"a": [1]})
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError order")
