def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
def h(a, *, k=None, **rest):
    return a, k, sorted(rest.items())
print(h(1, k=2, z=3))
