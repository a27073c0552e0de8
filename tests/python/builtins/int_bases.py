# int(text, base) for every base 2..36 and base 0 with prefixes
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[base - 1] * 3
    print(base, int(s, base), int(s.upper(), base), int("-" + s, base), int("10", base))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("0", 0), int("00", 0), int("-0x10", 0))
print(int("0b101", 2), int("0B101", 2), int("0o17", 8), int("0O17", 8), int("0xff", 16), int("0XFF", 16))
print(int("1_000", 0), int("0x_ff", 16), int("0b_1_0", 0), int(" 42 "), int("\t-7\n"), int("+5"))
print(int("z" * 20, 36), int("1" * 70, 2), int("-" + "7" * 30, 8))
print(int(b"12"), int(b"ff", 16), int(bytearray(b"11"), 2))
print(int("10", base=3), int(x="11", base=2) if False else int("11", base=2))
bad = [("", 10), ("0x", 16), ("12", 2), ("0b2", 0), ("1__0", 10), ("_1", 10), ("1_", 10),
       ("010", 0), ("0x1", 10), ("9", 8), (" ", 10), ("- 1", 10), ("1.5", 10), ("g", 16)]
for s, b in bad:
    try:
        int(s, b)
        print("accepted", repr(s), b)
    except ValueError:
        print("ValueError", repr(s), b)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError:
        print("ValueError base", b)
try:
    int(12, 10)
except TypeError:
    print("TypeError")
