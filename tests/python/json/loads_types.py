# loads takes str, bytes or bytearray; anything else is TypeError.
import json

for v in [1, None, [1], {"a": 1}, 2.5]:
    try:
        json.loads(v)
    except TypeError as e:
        print("TypeError", e)
print(json.loads(b"[1, 2]"))
print(json.loads("\u00a0".join([]) + "[3]"))
