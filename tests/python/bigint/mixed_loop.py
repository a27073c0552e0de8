# accumulating past the small-int range and back
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
for i in range(100):
    x = (x - 1) // 3
print(x, type(x).__name__)
