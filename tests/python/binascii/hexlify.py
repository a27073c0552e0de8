import binascii

print(binascii.hexlify(b'\x00\x01\xab\xff'), binascii.hexlify(b''), binascii.hexlify(bytearray(b'AZ')))
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abc', b':'), binascii.hexlify(b'a', ' '))
print(binascii.hexlify(b'abc', sep='.'), binascii.hexlify(memoryview(b'xyz')[1:]))
for bad in ['--', '']:
    try:
        binascii.hexlify(b'ab', bad)
    except ValueError as e:
        print("ValueError", e)
try:
    binascii.hexlify('text')
except TypeError:
    print("TypeError")
