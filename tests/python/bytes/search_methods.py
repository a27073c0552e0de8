# bytes/bytearray find/rfind/index/rindex/count/startswith/endswith with ranges and ints
b = b"abracadabra"
for sub in (b"a", b"abra", b"", b"z", bytearray(b"ra")):
    print(sub, b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 4), b.rfind(sub, 0, 6), b.count(sub, 1, -1))
print(b.find(97), b.rfind(98), b.count(97), b.index(99), b.rfind(b"a", 0, 5), 97 in b, b"cad" in b)
print(b.startswith(b"abr"), b.startswith(b"ab", 0), b.endswith(b"bra", 0, 11), b.endswith(b"a", 0, 4))
ba = bytearray(b)
print(ba.find(b"cad"), ba.count(b"a"), ba.startswith(b"a"), ba.rfind(b"r"))
for f, a in [(b.index, (b"z",)), (b.index, (b"q", 5)), (b.find, ("a",)), (b.count, (256,))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
