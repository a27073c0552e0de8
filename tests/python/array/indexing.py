from array import array
a = array('i', [10, 20, 30, 40])
print(a[0], a[3], a[-1], a[-4])
a[1] = -5
a[-1] = 99
print(a)
for bad in (4, -5):
    try:
        a[bad]
    except IndexError:
        print("IndexError", bad)
    try:
        a[bad] = 0
    except IndexError:
        print("IndexError store", bad)
try:
    a["x"]
except TypeError:
    print("TypeError")
f = array('d', [1.5])
f[0] = 2
print(f, type(f[0]).__name__)
