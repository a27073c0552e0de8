# Floats are written as repr; inf and nan as CPython writes them.
import json

vals = [0.0, 1.0, -1.0, 3.14159, 1 / 3, 2.0 ** 60, 1e16, 1e-5, 5e-324, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 100.0, 0.5e-10]
print(json.dumps(vals))
for v in vals:
    print(json.dumps(v), repr(v) == json.dumps(v))
