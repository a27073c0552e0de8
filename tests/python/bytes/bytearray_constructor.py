# bytearray() from sizes, iterables and strings
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("hi", "utf-8"), bytearray(b"xy"))
try:
    bytearray([300])
except ValueError:
    print("ValueError")
ba = bytearray(2)
try:
    ba[0] = 256
except ValueError:
    print("ValueError")
