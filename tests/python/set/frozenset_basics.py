# frozenset is immutable and hashable
f = frozenset([3, 1, 2, 1])
print(len(f), sorted(f), 1 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, sorted(f & {1, 2}))
d = {f: "ok"}
print(d[frozenset([1, 2, 3])], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
