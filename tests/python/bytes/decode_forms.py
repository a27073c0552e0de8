# bytes/bytearray decode, str() of bytes with an encoding, and repr of every byte class
print(b"abc".decode(), bytearray(b"\xc3\xa9").decode(), b"\xe6\x97\xa5".decode("utf-8"), b"".decode())
print(str(b"x"), str(b"x", "utf-8"), repr(b"\x00\x1f\x7f\x80\xff'\"\\\n\t\r"), repr(bytearray(b"a")))
print(repr(b"'\""), repr(b"\""), len(b"\xf0\x9f\x98\x80".decode()))
for bad in (b"\xff", b"\xc3", b"\xe6\x97", b"\x80abc"):
    try:
        bad.decode()
        print("decoded", bad)
    except UnicodeError:
        print("UnicodeError", bad)
