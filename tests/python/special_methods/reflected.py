# reflected operators run when the left operand does not handle the type
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd", o)
        return Money(self.c + o)

    def __rsub__(self, o):
        return Money(o - self.c)

    def __rmul__(self, o):
        return Money(self.c * o)

m = Money(5)
print((m + 1).c)
print((1 + m).c)
print((10 - m).c)
print((3 * m).c)
print((0 + Money(1)).c)
