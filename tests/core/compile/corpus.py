# Every construct the compiler handles, in one module (compiled, not run).
import os
import os.path as osp
import a.b.c
from . import sibling
from .pkg.mod import name as alias, other
from ..up import *
from micropython import const

SIZE = const(8)
_PRIVATE = const(1 << 4)
__all__ = ["f"]

x = 1 + 2 * 3 - (4 // 3) % 5 ** 2 << 1 >> 1 | 6 & 7 ^ 8
y = -x + ~x - +x
z = x if y else not x
big = 12345678901234567890
f1 = 1.5e3
c1 = 2j
b1 = b"bytes"
s1 = "a short one"
s2 = "a longer string constant that is not interned"
t1 = (1, 2, "three", (4, None))
t2 = (x, y)
l1 = [1, x, "s"]
d1 = {"a": 1, x: y}
set1 = {1, 2, x}
e1 = ()
e2 = []
e3 = {}
sl = l1[1:2], l1[::2], l1[:], l1[x:], l1[:y:2]
chained = 1 < x <= 3 != y
ident = x is None, x is not None, x in l1, x not in l1
walrus = (n := 10) + n
fs = f"{x!r:>10} and {y}"
lam = lambda a, b=1, *c, d, **e: a + b
lam2 = lambda: (yield)
a1, b1_ = 1, 2
a1, b1_ = b1_, a1
a1, b1_, c2 = c2_ = 1, 2, 3
a1, *rest, last = l1
[p, q] = 1, 2
x += 1
l1[0] += 1
os.sep += "x"
l1[0], l1[1] = l1[1], l1[0]
obj_attr = os.path.join("a", "b")
del a1, l1[0], os.sep
del (b1_, c2)
assert x, "message"
assert y
print(*l1, **d1)
print(1, *l1, 2, sep="", **d1)
f(a=1, *l1)

if x:
    pass
elif y:
    x = 2
else:
    x = 3

if True:
    x = 4
if False:
    x = 5

while x:
    x -= 1
    if x == 3:
        continue
    if x == 2:
        break
else:
    x = 0

while True:
    break

for i in range(10):
    pass
for i in range(x, y):
    pass
for i in range(10, 0, -1):
    if i:
        break
else:
    pass
for i, j in d1.items():
    continue
else:
    pass
for i in l1:
    for j in l1:
        if j:
            break

try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as err:
    print(err)
except:
    raise
else:
    x = 2
finally:
    x = 3

try:
    pass
finally:
    pass

for i in l1:
    try:
        break
    finally:
        continue

with open("f") as fh, open("g"):
    data = fh.read()

with x as (p, q):
    pass

raise ValueError("bad") from None

def decorated():
    pass

@decorator
@mod.sub.decorator(1, 2)
def deco_target(a, /, b, *, c=3):
    return a

def gen(n):
    yield n
    yield from range(n)
    x = yield
    return 5

def outer():
    v = 1
    w = 2
    def inner(a=v):
        nonlocal w
        w += a
        return v + w
    return inner

def globals_use():
    global x
    x = 1
    del x

def ret_if(a):
    return a if a > 0 else -a

def try_ret(a):
    try:
        return a
    finally:
        print("done")

def unwind(l):
    for a in l:
        with a:
            try:
                if a:
                    break
                continue
            except Exception as ex:
                return ex
    while True:
        try:
            break
        except:
            pass

class Base:
    attr = 1
    def method(self):
        return self.attr

class Derived(Base, metaclass=type):
    "A docstring."
    def method(self, *args):
        return super().method() + super().method(*args)
    def __init__(self):
        super().__init__()
        self.v = __class__
    @staticmethod
    def st():
        return 1

comp1 = [i * 2 for i in l1 if i if not i]
comp2 = {i: j for i in l1 for j in l1 if i != j}
comp3 = {i for i in range(3)}
comp4 = (i for i in l1)
comp5 = sum(i for i in l1)
comp6 = [[j for j in range(i)] for i in range(3)]

def closure_comp(k):
    return [k + i for i in range(3)]

async def coro(a):
    await a
    async with a as b:
        pass
    async for i in a:
        pass
    else:
        pass
    return b

x = __debug__
x = SIZE + _PRIVATE
