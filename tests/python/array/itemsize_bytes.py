# bytes(a) gives the items' bytes (little-endian here, as on every Pyxis port).
from array import array
print(bytes(array('b', [1, -1])))
print(bytes(array('H', [1, 0x1234])))
print(bytes(array('i', [1, -2])))
print(bytes(array('q', [1])))
print(bytes(array('f', [1.0])))
print(bytes(array('d', [-2.0])))
print(len(bytes(array('I', [0] * 5))))
