def f(xs):
    return sum(x for x in xs)
