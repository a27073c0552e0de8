# % formatting errors: CPython 3.11's exceptions and messages
cases = [("%d", "a"), ("%x", 1.5), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%z", 1), ("ab %y", 1), ("%é", 1), ("%", ()),
         ("abc%", 1), ("%.", 1), ("%(a)s", 1), ("%(a)s", {}), ("%(a", {"a": 1}), ("%s %s", (1,)), ("%s", (1, 2)), ("x", 1),
         ("%*d", ("a", 1)), ("%d", None), ("%f", "x"), ("%o", 2.0), ("%s %d", ("a", "b"))]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
