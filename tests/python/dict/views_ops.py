# dict views: live length and membership, set operators on keys/items, equality, truth
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), bool(k), "a" in k, 2 in v, 3 in v, ("b", 2) in i, ("b", 3) in i, "b" in i)
d["c"] = 3
del d["a"]
print(len(k), list(k), list(v), list(i), "a" in k)
print(sorted(k | {"z"}), sorted(k & {"b", "q"}), sorted(k - ["b"]), sorted(k ^ {"b", "y"}))
print(sorted(i & {("b", 2)}), k == {"b", "c"}, k != {"b"}, i == {("b", 2), ("c", 3)})
print(sorted(d.keys()), sum(d.values()), [p for p in d.items()], tuple(k), set(v) == {2, 3})
e = {}
print(len(e.keys()), bool(e.values()), list(e.items()))
try:
    d.values() | {1}
except TypeError:
    print("TypeError")
