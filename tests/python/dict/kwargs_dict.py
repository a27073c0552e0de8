# passing dicts as keyword arguments and collecting **kwargs
def f(a, b=2, **kw):
    return a, b, sorted(kw.items())

print(f(**{"a": 1}), f(**{"a": 1, "b": 3, "c": 4}), f(1, **dict(z=0)))
