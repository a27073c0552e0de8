def f(xs):
    a, *b = xs
    [c, d] = xs
