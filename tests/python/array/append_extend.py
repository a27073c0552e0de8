from array import array
a = array('H')
for i in range(20):
    a.append(i * 1000)
print(len(a), a[19], a)
a.extend([1, 2])
a.extend(array('H', [3]))
a.extend(range(4, 6))
a.extend(x for x in (6, 7))
print(a[-8:])
try:
    a.extend(array('h', [1]))
except TypeError:
    print("TypeError")
f = array('f')
f.append(1)
f.append(0.5)
print(f)
