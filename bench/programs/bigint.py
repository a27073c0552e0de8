# Arbitrary-precision integers: multiplication, division, powers, shifts and conversion.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


MOD = 1000000007
f = factorial(600)
g = fib_pair(3000)
q, r = divmod(f, g)
x = pow(3, 1000) - (1 << 1500) // 7
digits = str(f)
acc = 0
for i in range(200):
    acc = (acc * 31 + (f >> i) % MOD + (g * i) % 1000003) % MOD
print("bigint", f % MOD, g % MOD, q % MOD, r % MOD, x % MOD, len(digits), digits[:12], acc)
