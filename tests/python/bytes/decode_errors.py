# decoding invalid UTF-8 raises UnicodeError (a ValueError)
try:
    b"\xff\xfe".decode()
    print("decoded")
except UnicodeError:
    print("UnicodeError")
print(issubclass(UnicodeError, ValueError))
print(b"caf\xc3\xa9".decode())
