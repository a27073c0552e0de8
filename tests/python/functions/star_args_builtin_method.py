# *args expanded into calls of methods of built-in types (self is not one of the starred)
a = (6,)
t = [1, 6]
print(t.index(*a), "-".join(*["ab"]), t.index(6, *()), (5, 6, 5).index(5, *[1, 3]))
d = {}
d.setdefault(*("k", 1))
print(d, "a,b,c".split(*[","], **{"maxsplit": 1}))
class C:
    def m(self, *a, **k):
        return a, k
print(C().m(*[1, 2], 3, *(4,), **{"z": 1}))
