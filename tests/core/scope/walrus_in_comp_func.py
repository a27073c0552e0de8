def f(xs):
    ys = [y := x for x in xs]
    return y
