# dump and load on io.StringIO.
import io
import json

buf = io.StringIO()
json.dump({"a": [1, 2.5, None], "b": "\u00e9"}, buf)
print(buf.getvalue())
buf2 = io.StringIO()
json.dump([1, 2], buf2, separators=(",", ":"))
print(buf2.getvalue())
print(json.load(io.StringIO('{"x": [true, false]}')))
print(json.load(io.StringIO("  [1, 2, 3]  \n")))
try:
    json.load(io.StringIO("[1, 2"))
except ValueError as e:
    print("ValueError", e)
