import struct

print(struct.pack('<hHi', -2, 65535, -1))
print(struct.pack('>I', 0x01020304), struct.pack('<I', 0x01020304))
print(struct.pack('<q', -2), struct.pack('>Q', 2**64 - 1), struct.pack('>q', -2**63))
print(struct.pack('<bB', -128, 255), struct.pack('!h', 258), struct.pack('=h', 258))
print(struct.pack('<i', True), struct.pack('<H', 2**16 - 1), struct.pack('<l', -5), struct.pack('>L', 7))
print(struct.pack('<3h', 1, -1, 2), struct.pack('<2B2b', 1, 2, -3, -4))
