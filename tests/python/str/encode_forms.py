# str.encode and bytes.decode round trips, with keyword and positional encodings
for s in ("hello", "é", "日本", "😀", "", "a\x00b"):
    b = s.encode()
    print(b, len(b), b.decode() == s, s.encode("utf-8") == b, s.encode("utf8") == b)
print(str(b"abc", "utf-8"), str(bytearray(b"xy"), "utf-8"), bytes("é", "utf-8"))
try:
    b"\xff".decode()
except UnicodeError:
    print("UnicodeError")
