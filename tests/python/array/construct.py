# array(typecode[, initializer]) from lists, tuples, ranges, generators, bytes and arrays.
from array import array
print(array('i'))
print(array('i', [1, 2, 3]))
print(array('h', (4, -5)))
print(array('B', range(5)))
print(array('b', (x - 2 for x in range(4))))
print(array('B', b'\x00\x01\xff'))
print(array('B', bytearray(b'AB')))
print(array('i', array('i', [7, 8])))
print(array('d', array('i', [1, 2])))
print(array('H', b'\x01\x00\x02\x01'))
