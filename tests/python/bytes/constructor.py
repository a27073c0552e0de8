# bytes() from ints, iterables, strings and sizes
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"xy"))
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError")
