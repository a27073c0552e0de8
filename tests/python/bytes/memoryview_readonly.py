# memoryview of bytes is read-only
m = memoryview(b"abc")
print(m[1], bytes(m[0:2]))
try:
    m[0] = 1
except TypeError:
    print("TypeError")
