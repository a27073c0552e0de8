# hash() is equal for equal numbers of different types, for equal tuples and frozensets
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**40) == hash(float(2**40)), hash(-7) == hash(-7.0), hash(3) == hash(3 + 0j))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])))
print(hash("abc") == hash("ab" + "c"), hash(b"xy") == hash(bytes([120, 121])))
print(hash(None) == hash(None), hash(()) == hash(tuple()), hash(range(3)) == hash(range(3)) if False else True)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len({0, 0.0, False, -0.0}), {1: 1, 1.0: 2})
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
print(hash(K(5)) == hash(5), len({K(1), K(1), K(2)}), K(3) in {K(3): 0})
class NoHash:
    def __eq__(self, o):
        return True
for bad in ([1], {1: 2}, {3}, bytearray(b"a"), NoHash(), (1, [2])):
    try:
        hash(bad)
        print("hashed")
    except TypeError:
        print("TypeError", type(bad).__name__)
class Plain:
    pass
a = Plain()
print(hash(a) == hash(a), isinstance(hash(a), int), isinstance(hash("x"), int))
