# properties are inherited and can be overridden by a subclass
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x

class Doubled(Base):
    @property
    def v(self):
        return self._v * 2

b = Base()
b.v = 5
d = Doubled()
print(b.v, d.v)
try:
    d.v = 3
except AttributeError:
    print("AttributeError")
