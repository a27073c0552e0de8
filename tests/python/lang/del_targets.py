l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
m = [[1, 2], [3, 4]]
del (m[0][1], m[1])
print(m)
