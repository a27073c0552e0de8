# bytearray slice assignment: growing, shrinking, extended slices, from bytes/iterables/memoryview
b = bytearray(b"0123456789")
b[2:4] = b"AB"
print(b)
b[2:4] = b"XYZW"
print(b)
b[1:7] = b""
print(b)
b[:0] = b"<<"
print(b)
b[len(b):] = [33, 34]
print(b)
b[::2] = b"#" * len(b[::2])
print(b)
b[::-3] = bytes(len(b[::-3]))
print(b)
b[-2:] = bytearray(b"zz")
print(b)
b[3:5] = memoryview(b"mv")
print(b)
b[1:3] = range(97, 100)
print(b)
del b[::2]
print(b)
del b[:2]
print(b, len(b))
c = bytearray(b"abc")
c[1:2] = c
print(c)
for bad in [(slice(0, 2), 5), (slice(0, 2), "ab"), (slice(None, None, 2), b"x"), (slice(0, 1), [256])]:
    try:
        c[bad[0]] = bad[1]
        print("assigned", c)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
c[0] = 65
print(c)
for v in (-1, 256, "a"):
    try:
        c[0] = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
