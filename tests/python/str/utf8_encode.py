# encoding to UTF-8 and decoding back
s = "é€😀"
b = s.encode()
print(b, len(b), len(s))
print(b.decode() == s, str(b, "utf-8"))
print("abc".encode("utf-8"))
