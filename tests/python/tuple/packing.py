# packing and unpacking, swap, nested unpacking
t = 1, 2, 3
a, (b, c), d = 1, (2, 3), 4
print(t, a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
print(type(()).__name__, len(()))
