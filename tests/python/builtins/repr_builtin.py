# repr() versus str() of built-in values
for v in ("a", 1, 1.5, None, True, [1, "x"], ("y",), {"k": 1}, b"b", 2 ** 80, -0.0):
    print(repr(v), str(v))
