# a subclass overriding one operator and inheriting the others
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return type(self)(self.v + o.v)

    def __mul__(self, o):
        return type(self)(self.v * o.v)

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.v) + ")"

class Mod7(Num):
    def __add__(self, o):
        return Mod7((self.v + o.v) % 7)

print(Num(5) + Num(4), Mod7(5) + Mod7(4), Mod7(3) * Mod7(4))
