# getattr/setattr/hasattr/delattr on modules, classes and instances
class C:
    a = 1

o = C()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", None), hasattr(o, "b"), hasattr(C, "b"))
delattr(o, "b")
print(hasattr(o, "b"))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(1, "nope"))
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "zzz")
except AttributeError:
    print("AttributeError")
