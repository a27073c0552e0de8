import struct

for f, v in [('b', 200), ('<B', -1), ('<h', 70000), ('<H', -1), ('<i', 2**31), ('<I', 2**32), ('<l', -2**31 - 1),
             ('<q', 2**63), ('<Q', -1), ('<Q', 2**64), ('<h', 1.5), ('<i', '1'), ('<f', 'x'), ('<d', None)]:
    try:
        struct.pack(f, v)
        print("packed")
    except struct.error as e:
        print(f, "struct.error", e)
for f, args in [('hh', (1,)), ('h', (1, 2)), ('<2s', ())]:
    try:
        struct.pack(f, *args)
    except struct.error as e:
        print("struct.error", e)
for f, data in [('<h', b'\x01'), ('<hh', b'\x01\x02\x03\x04\x05'), ('<i', b'')]:
    try:
        struct.unpack(f, data)
    except struct.error as e:
        print("struct.error", e)
try:
    struct.unpack('<h', 'ab')
except TypeError:
    print("TypeError")
print(issubclass(struct.error, Exception), struct.error.__name__)
