# tuple comparisons, hashing as dict keys, count/index with ranges, and repetition
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2.0), (1,) != (1,))
print((1, "a") == (1, "a"), ((1,), 2) < ((1, 0), 1), (1, 2) <= (1, 2), hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "a", (1, (2, 3)): "b", (): "empty"}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1, 2) in d, (2, 1) in d)
print(t * 2, (1,) * 0, 2 * (None,), t + (9,), t[::-1], t[1:3], tuple("ab") + tuple([1]))
for f, a in [(t.index, (9,)), (t.index, (1, 1, 4))]:
    try:
        f(*a)
    except ValueError:
        print("ValueError")
for bad in (lambda: (1,) < ("a",), lambda: (1,) + [2], lambda: hash((1, [2])), lambda: t.__setitem__(0, 1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
