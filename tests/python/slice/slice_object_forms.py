# slice objects: attributes, indices() with every sign, use on list/str/tuple/bytes/range, equality
for s in (slice(3), slice(1, 5), slice(None, None, -1), slice(-3, None, 2), slice(10, -10, -3), slice(0, 100, 7)):
    print(s.start, s.stop, s.step, s.indices(8), s.indices(0), s.indices(20))
    print("  ", list(range(10))[s], "abcdefghij"[s], tuple(range(5))[s], b"0123456789"[s], list(range(10)[s]))
l = list(range(8))
l[slice(1, 3)] = ["a"]
del l[slice(None, None, 3)]
print(l)
for bad in (lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: [1][slice("a", 2)]):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
