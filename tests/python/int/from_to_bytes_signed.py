# int.to_bytes / int.from_bytes in both byte orders, signed and unsigned, edges and errors
for v, n in [(0, 1), (255, 1), (256, 2), (-1, 1), (-128, 1), (127, 1), (-129, 2), (2**63 - 1, 8), (-(2**63), 8), (2**64 - 1, 8), (-(2**70), 10)]:
    signed = v < 0 or v in (127, 2**63 - 1)
    b = v.to_bytes(n, "big", signed=signed)
    l = v.to_bytes(n, "little", signed=signed)
    print(v, b, l, int.from_bytes(b, "big", signed=signed) == v, int.from_bytes(l, "little", signed=signed) == v)
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True))
print((1024).to_bytes(4, "little"), (0).to_bytes(0, "big"), (5).to_bytes(3, "big", signed=False))
for v, n, s in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, -1, False)]:
    try:
        v.to_bytes(n, "big", signed=s)
        print("no error", v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, v, n)
try:
    (1).to_bytes(1, "middle")
except ValueError:
    print("ValueError order")
