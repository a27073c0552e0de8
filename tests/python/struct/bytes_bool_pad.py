import struct

print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('0s', b'ab'), struct.pack('s', b'xyz'))
print(struct.pack('<?x?', 5, 0), struct.pack('<?', []), struct.pack('<2x'), struct.pack('<xbx', 7))
print(struct.unpack('2s3x?', b'ab\x00\x00\x00\x01'), struct.unpack('<??', b'\x00\x02'))
print(struct.pack('4s', bytearray(b'hi')), struct.unpack('<4s', b'a\x00b\x00'))
print(struct.pack('<c', b'z'), struct.unpack('<cc', b'ab'))
try:
    struct.pack('s', 'text')
except struct.error as e:
    print("struct.error", e)
