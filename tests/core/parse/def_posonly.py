def f(a, /): pass
def g(a, b=1, /, c=2): pass
def h(a, /, b, *, c): pass
def i(a, /, *args, **kw): pass
