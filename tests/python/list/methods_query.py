# index, count, copy, reverse
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.count(1), a.count(7))
try:
    a.index(7)
except ValueError:
    print("ValueError")
b = a.copy()
b.reverse()
print(a, b, a is b)
