def f(xs):
    for a, (b, *c) in xs:
        pass
    else:
        d = 1
