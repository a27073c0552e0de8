# dict views: live updates, len, membership, iteration order, and equality of keys views
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "z" in k)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), len(k))
print(sorted(k), sorted(v), sorted(i), list(reversed(list(k))))
print(k == {"b", "c", "d"}.__class__(k) if False else set(k) == {"b", "c", "d"}, d.keys() == {"b": 0, "c": 0, "d": 0}.keys())
print(list(zip(d.keys(), d.values())) == list(d.items()), [key for key in d], list(iter(d.values())))
e = {}
print(list(e.keys()), list(e.items()), len(e.values()))
