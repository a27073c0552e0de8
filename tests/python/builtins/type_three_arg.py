# type(name, bases, dict) creates classes like a class statement
def describe(self):
    return "%s(%d)" % (type(self).__name__, self.x)

Point = type("Point", (), {"x": 3, "describe": describe, "__doc__": None})
p = Point()
print(Point.__name__, p.x, p.describe(), isinstance(p, Point), type(p) is Point)

class Base:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "base"

Derived = type("Derived", (Base,), {"who": lambda self: "derived " + Base.who(self), "k": 9})
d = Derived(5)
print(d.v, d.who(), d.k, issubclass(Derived, Base), Derived.__bases__ == (Base,))
print(Derived.__name__, type(Derived) is type, isinstance(d, Base))

# the namespace is copied: changing the dict afterwards has no effect
ns = {"a": 1}
C = type("C", (object,), ns)
ns["a"] = 2
print(C.a)
C.b = 3
print(C.b, hasattr(C(), "b"))

# one-argument type() and type's errors
print(type(1) is int, type("") is str, type(type) is type, type(C()) is C)
for args in [(), ("X", ()), ("X", (), {}, 1)]:
    try:
        type(*args)
    except TypeError:
        print("TypeError", len(args))
try:
    type(1, (), {})
except TypeError:
    print("TypeError name")
