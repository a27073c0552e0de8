# keys/values/items views iterate in order and reflect changes
d = {"x": 1, "y": 2}
k = d.keys()
v = d.values()
it = d.items()
d["z"] = 3
print(list(k), list(v), list(it), len(list(k)))
print("x" in k, "w" in k, 2 in list(v), ("y", 2) in list(it))
for key, val in d.items():
    print(key, val)
