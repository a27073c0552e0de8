# An array is a bytes-like object: bytes(), memoryview, struct, bytearray, binascii.
from array import array
import struct, binascii
a = array('h', [1, -2, 300])
print(bytes(a), bytearray(a))
print(struct.unpack_from('<hhh', a))
print(struct.unpack_from('<h', a, 2))
print(binascii.hexlify(array('I', [0xdeadbeef])))
m = memoryview(array('B', [1, 2, 3]))
print(len(m), m[0], bytes(m[1:]))
b = array('B', [0, 0, 0])
v = memoryview(b)
v[1] = 7
print(b)
print(b'x' + bytes(array('B', [65])))
