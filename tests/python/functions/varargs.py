def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
print(f(*[1, 2], *(3,), 4))
print(g(*range(4)))
