# OrderedDicts are written by json in their order.
import json
from collections import OrderedDict

d = OrderedDict()
d["b"] = 1
d["a"] = [OrderedDict([("z", None), ("y", True)])]
print(json.dumps(d))
print(json.dumps(d, separators=(",", ":")))
