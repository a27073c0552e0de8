# Argument errors: missing arguments and unknown keywords are TypeError.
import json

for f in [lambda: json.dumps(), lambda: json.loads(), lambda: json.dumps(1, indentx=2),
          lambda: json.dumps(1, separators=(1, 2)), lambda: json.dumps(1, separators=(",", ":", "x"))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(json.dumps(1, separators=None))
