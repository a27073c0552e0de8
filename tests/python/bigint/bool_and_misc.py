# truth, abs, negation and binary length of big ints
z = 10 ** 20 - 10 ** 20
print(bool(10 ** 20), bool(z), abs(-(2 ** 90)) == 2 ** 90)
print(len(bin(2 ** 90)), len(bin(-(2 ** 90))))
print(int.from_bytes(b"\xff" * 12, "big"), (2 ** 80).to_bytes(11, "big"))
