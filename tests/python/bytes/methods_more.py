# bytes methods: split with and without a separator, replace, find family, strip, join, hex
b = b"one two  three "
print(b.split(), b.split(None, 1), b.split(b" "))
print(b"a-b-c".split(b"-", 1), bytearray(b"x,y").split(b","))
print(b"ab".replace(b"", b"-"), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"b", b""))
print(b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"o"), b"hello".count(b""), b"abc".count(b"b", 2))
print(b"hello".find(b"l", 3), b"hello".find(b"l", 0, 2), b"hello".startswith(b"l", 2), b"hello".endswith(b"ell", 0, 4))
print(b"xxhixx".strip(b"x"), b"  a ".lstrip(), b"  a ".rstrip(), bytearray(b" q ").strip())
print(b"a,b".join([b"1", bytearray(b"2")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]))
try:
    b",".join([b"a", "b"])
except TypeError:
    print("TypeError")
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
print(bytes.fromhex("01 ff aB"), bytearray.fromhex("0a"), b"\x01\xab".hex(), bytearray(b"\x10").hex())
try:
    bytes.fromhex("0g")
except ValueError:
    print("ValueError")
