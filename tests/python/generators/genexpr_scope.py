x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
it = iter([1, 2, 3])
g2 = (v for v in it)
print(next(it), list(g2))
