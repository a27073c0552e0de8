# floats mixed with large ints
print(2 ** 60 * 1.0, 1e10 + 1, 10 ** 15 + 0.5)
print(1e300 * 1e10, -1e300 * 1e10)
