print({k: k * k for k in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: i for i, c in enumerate("hello")})
print({x: y for x in range(3) for y in range(x)})
