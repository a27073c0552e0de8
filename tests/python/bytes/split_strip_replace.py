# bytes split/rsplit/strip/replace/join and the case methods
b = b"  a  b c   "
print(b.split(), b.split(None, 1), b.split(b" "), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1))
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b.strip(None))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"))
print(b",".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
print(b"Hello World".upper(), b"Hello World".lower(), bytearray(b"MiX").lower())
for bad in [(b"a".split, ("a",)), (b",".join, (["a"],)), (b"a".replace, ("a", b"b"))]:
    try:
        bad[0](*bad[1])
    except TypeError:
        print("TypeError")
