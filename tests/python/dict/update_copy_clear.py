# update from dicts, pairs and keywords; copy is shallow; clear
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4)
print(d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"], c is d)
d.clear()
print(d, len(c))
