# dumps of every JSON type with the default separators.
import json

for v in [None, True, False, 0, -5, 123456789, 2 ** 100, -(2 ** 70), 1.5, -0.0, 0.1, 1e100, 1e-7, 123456789.125,
          "", "abc", [], [1, [2, [3]]], (), (1, "a"), {}, {"a": 1}, {"a": [1, 2], "b": {"c": None}}]:
    print(json.dumps(v))
