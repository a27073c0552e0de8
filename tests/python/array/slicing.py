from array import array
a = array('h', range(10))
print(a[2:5])
print(a[:3], a[7:])
print(a[::2])
print(a[::-1])
print(a[5:2])
print(a[-3:])
print(array('d', [1.5, 2.5, 3.5])[1:])
