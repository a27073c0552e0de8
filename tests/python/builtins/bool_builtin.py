# truth values of built-in objects
for v in (0, 1, -1, 0.0, 2.5, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, b"", bytearray(1), range(0), range(1), 0j):
    print(repr(v), bool(v))
