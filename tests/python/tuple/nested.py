# nested tuples: equality, ordering, and a list inside a tuple stays mutable
a = ((1, 2), (3, (4, 5)))
print(a[1][1][0], a == ((1, 2), (3, (4, 5))), a < ((1, 2), (3, (4, 6))))
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[1] += [4]
except TypeError:
    print("TypeError")
print(t)
