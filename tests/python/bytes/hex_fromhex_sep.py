# bytes.hex with and without a separator, bytes.fromhex with whitespace, and their errors
for b in (b"", b"\x00", b"\x01\xab\xff", bytes(range(0, 256, 37)), bytearray(b"\x10\x20")):
    print(b.hex(), b.hex(":"), b.hex("-"), b.hex(" "))
print(bytes.fromhex("01abFF"), bytes.fromhex(""), bytes.fromhex("de ad  be ef"), bytearray.fromhex("0a 0b"))
print(bytes.fromhex(b"\x01".hex()), bytes.fromhex(bytes(range(5)).hex()) == bytes(range(5)))
print(type(bytearray.fromhex("00")).__name__, bytes(memoryview(b"\x12\x34")).hex())
for bad in ("1", "zz", "0x12", "1 2"):
    try:
        bytes.fromhex(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", repr(bad))
