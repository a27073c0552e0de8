import struct

print(struct.pack('<fd', 1.5, -2.25), struct.pack('>f', 3.0), struct.pack('>d', 0.1))
print(struct.unpack('<fd', struct.pack('<fd', 1.5, 0.1)))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>f', struct.pack('>f', 1e38)))
print(struct.pack('<f', float('inf')), struct.pack('>d', float('-inf')), struct.pack('<d', -0.0))
print(struct.unpack('<d', struct.pack('<d', 1e308)), struct.pack('<f', 2), struct.pack('<d', 10**20))
x = struct.unpack('<f', struct.pack('<f', float('nan')))[0]
print(x != x)
try:
    struct.pack('<f', 1e300)
except OverflowError as e:
    print("OverflowError", e)
