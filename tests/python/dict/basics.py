# creation, lookup, assignment, deletion, len
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"])
del d["b"]
print(d, "b" in d, "a" in d)
print({}, dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"z": 0}, w=1))
