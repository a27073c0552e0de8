# list comprehensions with conditions and nesting
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
