# positional-only parameters: not matched by keyword (which **kw then collects), in lambdas, closures and methods
def f(a, b, /, c):
    return a, b, c
print(f(1, 2, 3), f(1, 2, c=3))
try:
    f(1, b=2, c=3)
except TypeError:
    print("TypeError")
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
h = lambda x, /, y=2: (x, y)
print(h(1), h(1, y=3))
try:
    h(x=1)
except TypeError:
    print("TypeError")
def outer():
    v = 5
    def inner(p, /, q):
        return p + q + v
    return inner
print(outer()(1, q=2))
class K:
    def m(self, a, /):
        return a
print(K().m(4))
