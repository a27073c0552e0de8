# int() parsing of strings in several bases
print(int("42"), int("-17"), int("  7  "), int("+3"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("0o17", 0), int("0b101", 0), int("101", 2))
print(int("z", 36), int("10", 0), int("0x1F", 0))
for bad in ("", "abc", "1.5", "0x", "--1"):
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
