import binascii

for s in [b'', b'Zg==', b'Zm8=', b'Zm9v', b'Zm9vYg==', b'Zm9vYmE=', b'Zm9vYmFy', 'aGVsbG8=', b'aGVs\nbG8=\n']:
    print(binascii.a2b_base64(s))
print(binascii.a2b_base64(b'Zm9v!!YmFy'), binascii.a2b_base64(b'Zg==trailing'), binascii.a2b_base64(b'Zm9=v'))
print(binascii.a2b_base64(binascii.b2a_base64(bytes(range(200)))) == bytes(range(200)))
for bad in [b'Zg', b'Zm9vY', b'Z', b'Zg=']:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print("Error", e)
