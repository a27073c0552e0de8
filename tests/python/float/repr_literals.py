# repr of literal-ish floats
for v in (0.0, 1.0, -1.0, 0.5, 0.1, 0.25, 1.5, 100.0, 1e16, 1e-5, 1.5e300, 123456.75, 3.0e-10, 1e22):
    print(repr(v), str(v))
print(0.1 + 0.2)
print(1 / 3)
