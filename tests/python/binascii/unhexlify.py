import binascii

print(binascii.unhexlify(b'0001abff'), binascii.unhexlify('DEADbeef'), binascii.unhexlify(''))
print(binascii.unhexlify(bytearray(b'4142')), binascii.unhexlify(binascii.hexlify(bytes(range(10)))))
for bad in ['abc', '0g', b'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.unhexlify('0')
except ValueError as e:
    print("ValueError", e)
print(issubclass(binascii.Error, ValueError))
