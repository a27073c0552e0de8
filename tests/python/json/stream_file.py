# dump to and load from a file opened with open().
import json
import os

name = "build/json_stream_file_test.json"
try:
    os.mkdir("build")
except OSError:
    pass
data = {"name": "pyxis", "list": [1, 2, 3], "nested": {"f": 0.25, "n": None}}
with open(name, "w") as f:
    json.dump(data, f)
with open(name) as f:
    print(f.read())
with open(name) as f:
    print(json.load(f) == data)
with open(name, "rb") as f:
    print(json.load(f))
os.remove(name)
