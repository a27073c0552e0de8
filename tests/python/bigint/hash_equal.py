# equal big ints hash equal and work as dict keys
a = 2 ** 100
b = 2 ** 50 * 2 ** 50
print(a == b, hash(a) == hash(b))
d = {a: "x"}
print(d[b])
print(hash(float(2 ** 60)) == hash(2 ** 60))
print({2 ** 64, 2 ** 64, 2 ** 65} == {2 ** 65, 2 ** 64})
