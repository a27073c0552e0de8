# /, //, %, ** and divmod through special methods
class N:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return "truediv", self.v, o

    def __floordiv__(self, o):
        return "floordiv", self.v, o

    def __mod__(self, o):
        return "mod", self.v, o

    def __pow__(self, o):
        return "pow", self.v, o

    def __matmul__(self, o):
        return "matmul", self.v, o

n = N(7)
print(n / 2)
print(n // 2)
print(n % 2)
print(n ** 2)
print(n @ 2)
