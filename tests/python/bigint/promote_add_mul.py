# small ints promote transparently to big ints
x = 2 ** 62
print(x, x + x, x * 4, x * x)
y = 1
for i in range(1, 30):
    y *= i
print(y)
print(y // 2 ** 40, y % 1000007)
