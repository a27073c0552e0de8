# missing keys raise KeyError carrying the key
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d["nope"]
except KeyError:
    print("KeyError del")
