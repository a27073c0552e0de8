# equal numbers hash equal; dict keys unify 1, 1.0 and True
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(7) == hash(7))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False}
print(len(s))
