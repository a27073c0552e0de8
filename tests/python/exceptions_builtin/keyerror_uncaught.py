# an uncaught KeyError reports the key
d = {"a": 1}
print(d["a"])
print(d["b"])
