d = {"a": 1, "b": 2}
k1, k2 = d
print(k1, k2)
for k, v in d.items():
    print(k, v)
(x, y), = [(1, 2)]
print(x, y)
