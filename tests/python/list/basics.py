# list creation, indexing, length, mutation
a = [1, "two", 3.0, None, [5]]
print(a, len(a), a[0], a[-1], a[-1][0])
a[1] = 2
a[-1] = 5
print(a)
print([], list(), list("abc"), list(range(3)), list((1, 2)))
