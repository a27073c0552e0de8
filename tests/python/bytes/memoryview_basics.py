# memoryview over bytes and bytearray
ba = bytearray(b"hello")
m = memoryview(ba)
print(len(m), m[0], bytes(m[1:3]), bytes(m))
m[0] = 72
print(ba)
sub = m[1:4]
sub[0] = 69
print(ba, len(sub))
