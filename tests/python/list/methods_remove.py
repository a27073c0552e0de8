# pop, remove, clear, del
a = list(range(8))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(4)
print(a)
try:
    a.remove(100)
except ValueError:
    print("ValueError")
del a[0]
del a[1:3]
print(a)
a.clear()
print(a)
try:
    [].pop()
except IndexError:
    print("IndexError")
