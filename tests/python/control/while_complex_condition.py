a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
x = [5, 4, 3]
while x and x[-1] < 5:
    x.pop()
print(x)
