# instance attributes: set, read, overwrite, delete
class Point:
    pass

p = Point()
p.x = 1
p.y = 2
print(p.x, p.y)
p.x = 10
print(p.x + p.y)
del p.y
print(hasattr(p, "y"), hasattr(p, "x"))
try:
    p.y
except AttributeError:
    print("AttributeError")
