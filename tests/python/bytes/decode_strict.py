# UTF-8 decoding rejects overlong forms, surrogates, values past U+10FFFF and truncation; str(b, enc)
for bad in (b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"\x80"):
    try:
        bad.decode()
        print("decoded")
    except UnicodeError:
        print("UnicodeError")
print(b"\xf4\x8f\xbf\xbf".decode() == "\U0010ffff", b"\xed\x9f\xbf".decode() == "\ud7ff")
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ab"), "utf8"), "é".encode("UTF-8"), "x".encode("utf8"))
try:
    str("x", "utf-8")
except TypeError:
    print("TypeError")
try:
    "x".encode("latin-9")
except LookupError:
    print("LookupError")
print(str(b"ab", "ascii"), "ab".encode("ascii"), b"x".decode("ASCII"))
for f in (lambda: b"\xc3\xa9".decode("ascii"), lambda: "é".encode("ascii")):
    try:
        f()
        print("converted")
    except UnicodeError:
        print("UnicodeError")
