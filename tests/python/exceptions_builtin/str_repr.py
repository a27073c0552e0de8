# str and repr of exceptions
for e in (ValueError(), ValueError("bad"), ValueError("a", 1), TypeError(5), RuntimeError("")):
    print(repr(str(e)), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
