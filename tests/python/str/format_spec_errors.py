# format-spec errors: CPython 3.11's exceptions and messages
cases = [
    (1, "abc"), (1, ".2d"), (1, "+c"), (1, "#c"), (1, ",c"), (1, "s"), (1, ",x"), (1, ",_"), (1, "_,"),
    (-1, "c"), (2**40, "c"), (1.0, "d"), (1.5, ",x"), ("a", "+"), ("a", "#"), ("a", "="), ("a", ","), ("a", "x"),
    ("a", "%"), (object(), "x"), (None, ">5"), (1, "."), (1 + 2j, "f"),
]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
