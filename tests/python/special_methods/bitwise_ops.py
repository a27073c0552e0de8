# &, |, ^, <<, >> through special methods
class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o)

    def __or__(self, o):
        return Bits(self.v | o)

    def __xor__(self, o):
        return Bits(self.v ^ o)

    def __lshift__(self, o):
        return Bits(self.v << o)

    def __rshift__(self, o):
        return Bits(self.v >> o)

b = Bits(0b1100)
print((b & 0b1010).v, (b | 1).v, (b ^ 0b1111).v, (b << 2).v, (b >> 2).v)
