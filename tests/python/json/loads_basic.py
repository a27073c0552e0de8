# loads of every JSON value.
import json

for s in ["null", "true", "false", "0", "-0", "42", "-17", "3.25", "-0.5", "1e3", "1E-3", "2.5e+2",
          '""', '"abc"', "[]", "{}", "[1, 2, 3]", '{"a": 1, "b": [true, false, null]}',
          "123456789012345678901234567890", "-98765432109876543210", "1.0", "0.1", "1e400", "-1e400",
          "  \t\n 7 \r\n ", '[ 1 , [ 2 , { "x" : [ ] } ] ]']:
    v = json.loads(s)
    print(repr(s), type(v).__name__, v)
