import struct

b = bytearray(10)
struct.pack_into('<hi', b, 2, 7, -9)
print(b)
print(struct.unpack_from('<hi', b, 2), struct.unpack_from('<i', b, offset=4), struct.unpack_from('<b', b, -1))
print(struct.unpack_from('<h', b), struct.unpack_from('<h', bytes(b), 2), struct.unpack_from('<2b', memoryview(b), 8))
struct.pack_into('>H', b, -2, 0x1234)
print(b)
m = memoryview(b)
struct.pack_into('<b', m, 0, -1)
print(b[0])
try:
    struct.pack_into('<i', bytearray(3), 1, 5)
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack_from('<i', b'abc', 1)
except struct.error as e:
    print("struct.error", e)
try:
    struct.pack_into('<i', b'abcdefg', 1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    struct.unpack_from('<i', b'abcdef', -10)
except struct.error as e:
    print("struct.error", e)
