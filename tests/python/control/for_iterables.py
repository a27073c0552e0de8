for c in "ab":
    print(c)
for k in {"x": 1, "y": 2}:
    print(k)
for b in b"AB":
    print(b)
for t in (1, (2, 3)):
    print(t)
for r in range(10, 0, -3):
    print(r)
