# NaN, Infinity and -Infinity are accepted (as CPython does); duplicate keys: the last wins.
import json

print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"": 0}'))
print(json.loads('[-0.0, 0e0, 0.0e-0]'))
print(json.loads(b'{"bytes": [1]}'))
print(json.loads(bytearray(b'"ba"')))
