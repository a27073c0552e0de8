# Subclasses of dict, list, str, int and float are written as their base type.
import json

class D(dict):
    pass

class L(list):
    pass

class S(str):
    pass

class I(int):
    pass

d = D()
d["x"] = L([1, 2])
print(json.dumps(d))
print(json.dumps([S("abc"), I(5)]))
print(json.dumps({S("k"): 1}))

class F(float):
    pass

class T(tuple):
    pass

print(json.dumps([F(1.5), T((1, 2)), {F(2.5): 1}]))
