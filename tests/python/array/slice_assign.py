# Slice assignment takes an array of the same typecode; a step-1 slice can change the length.
from array import array
a = array('i', range(6))
a[1:3] = array('i', [10, 20])
print(a)
a[1:3] = array('i', [7])
print(a)
a[0:0] = array('i', [-1, -2])
print(a)
a[4:] = array('i')
print(a)
a[:] = a
print(a)
b = array('B', [0] * 6)
b[::2] = array('B', [1, 2, 3])
print(b)
try:
    b[::2] = array('B', [1])
except ValueError:
    print("ValueError")
try:
    a[0:1] = [5]
except TypeError:
    print("TypeError")
