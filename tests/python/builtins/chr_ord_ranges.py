# chr/ord over ASCII, Latin-1, BMP and astral code points, with their errors
for cp in (0, 9, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), len(c.encode()), repr(c) if cp < 128 else "")
print(ord("é"), ord("€"), ord("😀"), chr(0x263a), chr(97) + chr(98))
print(ord(b"A"), ord(bytearray(b"z")), ord("\n"))
for bad in (-1, 0x110000, 2**40):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for bad in ("", "ab", b"", b"ab", 5, None):
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    chr(1.0)
except TypeError:
    print("TypeError float")
