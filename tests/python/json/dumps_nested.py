# Deep (but not too deep) nesting and order of dict keys (insertion order).
import json

v = []
for i in range(50):
    v = [i, v]
s = json.dumps(v)
print(len(s), s[:40], s[-40:])
d = {}
for k in "zyxwvu":
    d[k] = ord(k)
print(json.dumps(d))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "a": 1}}))
