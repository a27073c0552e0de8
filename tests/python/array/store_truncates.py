# .exp: an int that does not fit the item keeps its low bits in MicroPython (and Pyxis);
# CPython raises OverflowError.
from array import array
for code, v in (('B', 256), ('B', -1), ('b', 200), ('h', 70000), ('H', -2), ('i', 2**32 + 5)):
    try:
        print(array(code, [v]))
    except OverflowError:
        print("OverflowError")
a = array('B', [0])
try:
    a[0] = 300
except OverflowError:
    pass
print(a)
