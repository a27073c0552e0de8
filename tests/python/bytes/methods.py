# common bytes methods
b = b"  a,b,c  "
print(b.strip(), b.split(b","), b.strip().split(b","), b",".join([b"x", b"y"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"Hello".upper(), b"Hello".lower(), b"abc".decode(), b"abc".hex())
