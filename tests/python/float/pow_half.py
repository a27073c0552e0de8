# x ** 0.5 is the correctly rounded square root
print(2 ** 0.5, 9.0 ** 0.5, 1e300 ** 0.5, 0.25 ** 0.5, 3 ** 0.5, 1e-310 ** 0.5)
print(0.0 ** 0.5, float("inf") ** 0.5, 1 ** 0.5)
