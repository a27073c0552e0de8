x = "outer"
l = [x for x in range(3)]
print(x, l)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
