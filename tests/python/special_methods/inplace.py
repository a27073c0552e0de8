# in-place operators use __iadd__ etc. and fall back to the binary form
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, v):
        self.items.append(v)
        return self

class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Plain(self.v + o)

b = Bag()
orig = b
b += 1
b += 2
print(b.items, b is orig)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
