def f(*, a): pass
def g(*, a=1, b): pass
def h(a, *, b, **c): pass
