# JSONDecodeError is a ValueError subclass exported by the module.
import json

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.loads("{")
except ValueError as e:
    print(isinstance(e, json.JSONDecodeError))
