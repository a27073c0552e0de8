# small-int arithmetic
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(a ** 2, 2 ** 10, (-2) ** 3, 2 ** 0)
print(-a, +a, abs(-a))
