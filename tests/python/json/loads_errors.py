# Bad JSON: ValueError (json.JSONDecodeError) with CPython's message and position.
import json

bad = ["", " ", "[", "]", "{", "}", "[1,]", "[1 2]", "[1,2", '{"a":1,}', '{"a" 1}', '{"a":}', '{1: 2}',
       '{"a":1', "01", "1.", ".5", "-", "-x", "+1", "1e", "1e+", "nul", "tru", "fals", "None", "True",
       '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\x01b"', '"\n"', "[1] [2]", "1 2",
       "\n\n  x", '[\n1,\n2\n,]', '{"a":\n [1,\n 2 x]}', "'single'", "[1,,2]", "{,}", "nan", "inf",
       '"\u00e9" x', "[\u00e9]"]
for s in bad:
    try:
        print(repr(s), "->", json.loads(s))
    except ValueError as e:
        print(repr(s), type(e).__name__ in ("ValueError", "JSONDecodeError"), e)
