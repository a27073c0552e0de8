# other in-place operators
class R:
    def __init__(self, v):
        self.v = v

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

r = R(100)
r -= 10
print(r.v)
r *= 3
print(r.v)
r //= 7
print(r.v)
r %= 10
print(r.v)
r |= 8
print(r.v)
