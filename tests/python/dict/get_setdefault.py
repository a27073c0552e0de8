# get and setdefault
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
