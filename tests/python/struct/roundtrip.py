import struct

fmt = '<bBhHiIqQfd?'
vals = (-1, 200, -300, 60000, -70000, 3000000000, -2**40, 2**63 + 5, 0.5, 1 / 3, True)
data = struct.pack(fmt, *vals)
print(len(data), struct.calcsize(fmt))
print(struct.unpack(fmt, data))
big = struct.pack('>' + fmt[1:], *vals)
print(big[:8], struct.unpack('>' + fmt[1:], big) == struct.unpack(fmt, data))
for n in [0, 1, -1, 127, -128, 2**31 - 1, -2**31]:
    assert struct.unpack('<i', struct.pack('<i', n))[0] == n
print("ok")
