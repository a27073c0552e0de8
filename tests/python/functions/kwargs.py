def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, sorted(kw)
print(g(1, x=2, y=3), g(a=5))
print(f(**{"p": 1}, q=2, **{"r": 3}))
