# shifts on big ints, including negatives
x = 1 << 100
print(x, x >> 50, x >> 100, x >> 101)
print(-x >> 99, -(x + 1) >> 99, -1 << 70)
print((12345678901234567890 << 7) >> 7)
