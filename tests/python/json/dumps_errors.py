# What cannot be serialized: TypeError naming the type; circular structures: ValueError.
import json

class Thing:
    pass

for v in [{1, 2}, b"bytes", Thing(), json, 1j, [1, {2}], {"a": bytearray(2)}]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError", e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
