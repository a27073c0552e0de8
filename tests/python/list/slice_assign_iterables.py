# slice assignment from any iterable, extended slices, and the errors
a = [0, 1, 2, 3, 4, 5]
a[1:3] = "xyz"
print(a)
a[::2] = (c for c in "abcd")
print(a)
a[5:] = range(3)
print(a)
a[1:2] = {7: 1}
print(a)
a[::-3] = iter([8, 9, 10])
print(a)
b = [1, 2, 3]
b[1:] = b
print(b)
for bad in [5, None]:
    try:
        b[1:2] = bad
    except TypeError:
        print("TypeError")
try:
    b[::2] = [1]
except ValueError:
    print("ValueError")
try:
    b[::2] = 3
except TypeError:
    print("TypeError")
print(b)
