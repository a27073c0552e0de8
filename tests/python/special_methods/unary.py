# unary operators -x, +x, ~x and abs()
class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(self.v + 1000)

    def __invert__(self):
        return U(~self.v)

    def __abs__(self):
        return U(abs(self.v) * 10)

u = U(5)
print((-u).v, (+u).v, (~u).v, abs(U(-3)).v)
