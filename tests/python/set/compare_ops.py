# set comparisons (subset/superset orders), equality with frozenset, and in-place operators
a, b, c = {1, 2}, {1, 2, 3}, {1, 2}
print(a < b, a <= b, b > a, b >= a, a < c, a <= c, a == c, a != b, b < a, a > a)
print({1} < {2}, {1} > {2}, {1} == frozenset([1]), frozenset([1, 2]) < {1, 2, 3}, set() < {0}, set() == frozenset())
x = {1, 2, 3}
x |= {4}
x &= {1, 2, 4, 5}
x -= {1}
x ^= {4, 6}
print(sorted(x))
y = frozenset([1])
y |= {2}
print(type(y).__name__, sorted(y))
print({1, 2} == [1, 2], {1: 1}.keys() == {1}, sorted({1, 2} | {2, 3}), sorted({1, 2} ^ {2, 3}))
for bad in (lambda: {1} < [1], lambda: {1} | [1], lambda: {1} - (1,)):
    try:
        bad()
    except TypeError:
        print("TypeError")
