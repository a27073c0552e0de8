# getattr/setattr/hasattr/delattr on instances and classes
class K:
    z = 0

k = K()
setattr(k, "x", 5)
print(getattr(k, "x"), getattr(k, "y", "dflt"))
print(hasattr(k, "z"), hasattr(k, "w"))
delattr(k, "x")
print(hasattr(k, "x"))
setattr(K, "w", 9)
print(k.w)
try:
    getattr(k, "nope")
except AttributeError:
    print("AttributeError")
