# keys of several hashable types; unhashable keys raise TypeError
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"1": "bytes", frozenset([1]): "fs"}
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[b"1"], d[frozenset([1])], len(d))
try:
    d[[1]] = 0
except TypeError:
    print("TypeError")
try:
    {{}: 1}
except TypeError:
    print("TypeError")
