# __repr__ and __str__: print uses str, containers use repr
class P:
    def __repr__(self):
        return "P()"

    def __str__(self):
        return "a P"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"

print(P())
print(str(P()), repr(P()))
print([P(), P()])
print(OnlyRepr(), str(OnlyRepr()))
print("%s %r" % (P(), P()))
print("{} {!r}".format(P(), P()))
