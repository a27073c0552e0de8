from array import array
a = array('i', [1, 2])
b = array('i', [3])
c = a + b
print(c, a, b)
a += b
print(a)
a += a
print(a)
print(array('d') + array('d', [1.5]))
try:
    array('i') + array('h')
except TypeError:
    print("TypeError")
try:
    array('i') + [1]
except TypeError:
    print("TypeError list")
