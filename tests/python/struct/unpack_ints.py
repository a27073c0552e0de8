import struct

print(struct.unpack('<hHi', b'\xfe\xff\xff\xff\xff\xff\xff\xff'))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xfe' + b'\xff' * 7))
print(struct.unpack('<I', b'\xff\xff\xff\xff'), struct.unpack('<i', b'\x00\x00\x00\x80'))
print(struct.unpack('>bB', b'\x80\x80'), struct.unpack('<3h', b'\x01\x00\xff\xff\x02\x00'))
print(struct.unpack('>q', b'\x80' + b'\x00' * 7), struct.unpack('<Q', b'\x00' * 7 + b'\x80'))
print(struct.unpack('<l', b'\x01\x02\x03\x04'), struct.unpack('>L', b'\x01\x02\x03\x04'))
print(type(struct.unpack('<B', b'\x05')), struct.unpack('<B', b'\x05')[0] + 1)
