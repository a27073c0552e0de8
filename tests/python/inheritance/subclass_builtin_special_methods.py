# dict and list subclasses overriding __getitem__/__setitem__/__delitem__ reach the base's
# through super() and through the type itself
class Doubling(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __delitem__(self, k):
        print("deleting", k)
        super().__delitem__(k)

d = Doubling()
d["a"] = 5
print(d["a"], dict.__getitem__(d, "a"), len(d))
del d["a"]
print(len(d), "a" in d)
try:
    d["missing"]
except KeyError:
    print("KeyError")

class Clamped(list):
    def __getitem__(self, i):
        if i >= len(self):
            i = len(self) - 1
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)

c = Clamped([1, 2, 3])
print(c[0], c[10])
c[1] = 7
print(list(c), list.__getitem__(c, 1))
try:
    list.__getitem__(c, 10)
except IndexError:
    print("IndexError")
