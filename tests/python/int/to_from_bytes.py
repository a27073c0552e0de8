# int.to_bytes / int.from_bytes: byte orders, signed, defaults, big values and errors
print((258).to_bytes(2, "little"), (0).to_bytes(0, "big"), (5).to_bytes(), (255).to_bytes(1, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((2 ** 70 + 5).to_bytes(9, "little"), (-(2 ** 63)).to_bytes(8, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(bytearray(b"\x01\x02"), "little"))
print(int.from_bytes(b"\x01" + b"\x00" * 10, "big") == 2 ** 80, int.from_bytes(b"\x00\x01"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (-129).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(0, "big")]:
    try:
        f()
    except OverflowError:
        print("OverflowError")
for f in [lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(-1, "big")]:
    try:
        f()
    except ValueError:
        print("ValueError")
try:
    int.from_bytes("ab", "big")
except TypeError:
    print("TypeError")
