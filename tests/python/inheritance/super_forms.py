# zero-argument super() in its several forms: a method call, a bare super() kept in a
# variable, in a classmethod, through three levels, and with keyword arguments
class A:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return cls.__name__ + ".make"


class B(A):
    def __init__(self, x):
        super().__init__(x, y=x * 2)

    def who(self):
        s = super()
        return "B>" + s.who()

    @classmethod
    def make(cls):
        return "B:" + super().make()


class C(B):
    def who(self):
        return "C>" + super().who()


c = C(3)
print(c.x, c.y, c.who())
print(C.make(), B.make())


class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name


n = Named("n", (3, 1, 2))
n.append(0)
print(n.name, sorted(n), len(n))
try:
    class Bad(A):
        def who(self):
            return super().missing()
    Bad(1).who()
except AttributeError:
    print("AttributeError")
