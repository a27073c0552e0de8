# without __eq__, instances compare by identity
class O:
    pass

a = O()
b = O()
print(a == a, a == b, a != b, a is a)
d = {a: 1, b: 2}
print(d[a], d[b])
