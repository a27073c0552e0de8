# tuples are hashable when their items are
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)], hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
