# memoryview: negative indices, slices of slices, tobytes, equality, views see later writes
m = memoryview(b"abcdef")
print(m[-1], bytes(m[2:]), m[1:3].tobytes(), m == b"abcdef", len(m[10:]), bytes(m[1:5][1:3]))
ba = bytearray(b"xyz")
v = memoryview(ba)[1:]
ba[2] = 65
print(bytes(v), v[1])
try:
    m[6]
except IndexError:
    print("IndexError")
try:
    memoryview("str")
except TypeError:
    print("TypeError")
ba = bytearray(b"abcdef")
m = memoryview(ba)
m[1:3] = b"XY"
m[4:] = m[0:2]
print(ba)
try:
    m[0:2] = b"xyz"
except ValueError:
    print("ValueError")
try:
    memoryview(b"ab")[0:1] = b"z"
except TypeError:
    print("TypeError")
print(list(memoryview(b"\x01\x02\x03")[1:]), [x for x in memoryview(bytearray(b"hi"))])
