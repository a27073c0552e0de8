# getattr with a default, setattr/delattr/hasattr on instances, classes and properties
class P:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
    @property
    def ro(self):
        return "read-only"
    @property
    def boom(self):
        raise AttributeError("nope")
    @property
    def bad(self):
        raise ValueError("bad")

p = P()
print(getattr(p, "x"), getattr(p, "y", None), getattr(p, "cls_attr"), getattr(P, "cls_attr", 0))
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "ro"), hasattr(p, "boom"), hasattr(P, "__init__"))
print(getattr(p, "boom", "fallback"), getattr(2j, "imag"), getattr("s", "upper")())
setattr(p, "y", [1])
print(p.y, getattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
setattr(P, "added", 42)
print(p.added, P.added)
delattr(P, "added")
print(hasattr(p, "added"))
try:
    hasattr(p, "bad")
except ValueError:
    print("ValueError propagates from hasattr")
for name, f, a in [("getattr", getattr, (p, "missing")), ("delattr", delattr, (p, "missing")),
                   ("setattr", setattr, (p, "ro", 1)), ("getattr", getattr, (p, 5)),
                   ("setattr", setattr, (1, "imag", 2)), ("delattr", delattr, (p, "ro"))]:
    try:
        f(*a)
        print("no error")
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__)
