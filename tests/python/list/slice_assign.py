# slice assignment and deletion
a = list(range(6))
a[1:3] = ["a", "b", "c"]
print(a)
a[:] = [9, 8]
print(a)
a = list(range(8))
a[2:5] = []
print(a)
del a[1:3]
print(a)
a[1:1] = "xy"
print(a)
a[-1:] = [None]
print(a)
