def f(*args): pass
def g(**kw): pass
def h(*args, **kw): pass
def i(a, *args, b, c=1, **kw): pass
