# equal objects with equal hashes collapse in sets and dicts
class Key:
    def __init__(self, a):
        self.a = a

    def __eq__(self, o):
        return isinstance(o, Key) and self.a == o.a

    def __hash__(self):
        return hash(self.a)

s = {Key(1), Key(1), Key(2)}
print(len(s))
d = {Key("x"): 1}
d[Key("x")] = 2
print(len(d), d[Key("x")])
print(Key(3) in s, Key(2) in s)
