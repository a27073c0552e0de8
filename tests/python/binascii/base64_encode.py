import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:50], b'\xff\xfe\xfd']:
    print(binascii.b2a_base64(data))
print(binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(bytearray(b'xy'), newline=True))
try:
    binascii.b2a_base64('str')
except TypeError:
    print("TypeError")
