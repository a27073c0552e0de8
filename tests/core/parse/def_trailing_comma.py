def f(a, b,): pass
def g(a, *, b,): pass
def h(*a,): pass
def i(**k,): pass
