# big Fibonacci numbers
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print(a % 10 ** 9, len(bin(a)) - 2)
