# The separators keyword: compact output and custom separators.
import json

d = {"a": [1, 2, {"b": None}], "c": "x"}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(", ", " = ")))
print(json.dumps(d, separators=[";", ":"]))
print(json.dumps([], separators=(",", ":")))
print(json.dumps({}, separators=(",", ":")))
print(json.dumps([[]], separators=("|", "=")))
print(json.dumps({"k": {}}, separators=("", "")))
