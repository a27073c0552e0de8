# setting and deleting attributes on the class object affects all instances
class C:
    pass

a = C()
C.x = 1
print(a.x)
C.method = lambda self: "added"
print(a.method())
del C.x
print(hasattr(a, "x"))
