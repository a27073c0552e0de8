# big powers and three-argument pow on big ints
print(2 ** 200)
print(3 ** 100)
print(pow(3, 200, 10 ** 20))
print((-3) ** 41)
print(pow(2 ** 100, 3, 2 ** 61 - 1))
