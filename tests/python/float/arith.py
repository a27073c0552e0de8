# float arithmetic with exactly representable results
print(1.5 + 2.25, 10.0 - 0.5, 2.5 * 4, 7.0 / 2, 1 / 4)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, 2))
print(2.0 ** 10, 2 ** -1, 4 ** 0.5, (-8.0) ** 2)
print(-0.0, abs(-2.5), -(1.5))
