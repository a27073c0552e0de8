print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for row in [[1, 2], [3]] for x in row if x > 1))
g = (y for y in (x + 1 for x in range(3)))
print(list(g))
