# Invalid type and field names.
from collections import namedtuple

for name, fields in [("P", "x x"), ("P", "_a"), ("P", "1a"), ("P", "def"), ("1P", "a"), ("P", ["a", "b c"]),
                     ("class", "a"), ("P", "a-b")]:
    try:
        namedtuple(name, fields)
        print("ok", name, fields)
    except ValueError as e:
        print("ValueError", e)
