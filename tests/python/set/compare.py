# subset and superset comparisons and equality
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, a < a, a <= a, a == {2, 1}, a != b, {1} == frozenset([1]))
