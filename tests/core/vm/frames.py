# Closures and cells, class bodies, with statements, unpacking and comprehensions:
# the frame's locals, cells and value stack.

def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    return bump

c = counter()
c()
c(5)
print(c(), counter()())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]

print(late_binding())

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.norm1(), Point.dims, p.dims)

class Managed:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind is not None)
        return self.swallow

with Managed("a", False) as v:
    print("inside", v)

with Managed("b", True):
    raise ValueError("swallowed")
print("after b")

try:
    with Managed("c", False):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)

def with_return():
    with Managed("d", False):
        return "returned"

print(with_return())

for i in range(3):
    with Managed("e" + str(i), False):
        if i == 1:
            break
print("loop done")

a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
first, *middle, last = range(6)
print(first, middle, last)
x, y = y, x = 1, 2
print(x, y)

print({k: v * v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)})
print(sorted(set(w for w in ["b", "a", "b"])))

def gen_send():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got

g = gen_send()
next(g)
for v in (1, 2, 3):
    print("running total", g.__next__() if v == 0 else v)
