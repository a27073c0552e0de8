# String escapes in loads: every simple escape, \uXXXX, surrogate pairs, raw UTF-8.
import json

for s in [r'"\""', r'"\\"', r'"\/"', r'"\b\f\n\r\t"', r'"\u0041\u00e9\u20ac"', r'"\ud83d\ude00"',
          r'"\u0000"', '"caf\u00e9 \u20ac \U0001F600"', r'"a\u0062c"', r'"\uABCD\uabcd"', '"tab\tinside"']:
    try:
        v = json.loads(s)
        print(repr(s), repr(v), len(v))
    except ValueError as e:
        print(repr(s), "ValueError", e)
