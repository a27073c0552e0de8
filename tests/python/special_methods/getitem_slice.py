# __getitem__ receives slice objects for s[a:b:c]
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)

s = Seq()
print(s[3])
print(s[1:5])
print(s[::2])
print(s[-1:])
