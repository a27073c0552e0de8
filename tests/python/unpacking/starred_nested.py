(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
