# sums and products crossing into big ints
print(sum(range(10 ** 5)), sum(range(2 ** 31 - 100, 2 ** 31 - 1)))
print(sum([2 ** 63] * 4), sum([2 ** 30] * 5), sum(range(2 ** 30 - 5, 2 ** 30 + 5)))
p = 1
for i in range(1, 25):
    p *= 2 ** i
print(p)
