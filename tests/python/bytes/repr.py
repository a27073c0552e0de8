# repr of bytes chooses quotes and escapes like str
print(repr(b"a'b"), repr(b'a"b'), repr(b"\n\t\\"), repr(b"\x00\x7f\x80"), repr(bytearray(b"x")))
print(str(b"ab"), str(bytearray(b"q\x01")))
