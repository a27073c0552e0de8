# property: decorator with setter and deleter, the property() call form, inheritance
class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append("set")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None

t = Temp()
t.celsius = 25
print(t.celsius, t.log)
del t.celsius
print(t._c, t.log)

def get_f(self):
    return self._c * 9 / 5 + 32
def set_f(self, v):
    self._c = (v - 32) * 5 / 9
Temp.fahrenheit = property(get_f, set_f)
t.celsius = 100
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)

class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"
s = Sub()
print(s.celsius)
try:
    s.celsius = 3
except AttributeError:
    print("AttributeError read-only")

class OnlyGet:
    v = property(lambda self: 7)
o = OnlyGet()
print(o.v, isinstance(OnlyGet.__dict__["v"], property))
try:
    del o.v
except AttributeError:
    print("AttributeError no deleter")
pr = property(get_f)
print(type(pr).__name__)
