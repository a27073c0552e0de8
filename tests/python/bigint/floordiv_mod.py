# floor division and modulo with signs, for big ints
a = 10 ** 25 + 7
b = 3 ** 20
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(a // 7, a % 7)
