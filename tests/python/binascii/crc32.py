import binascii

print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(bytearray(b'\x00' * 10)), binascii.crc32(b'a', 0xffffffff), binascii.crc32(b'abc', -1))
print(binascii.crc32(memoryview(b'abc')))
