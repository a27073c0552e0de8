def f():
    a = b = 1
    def g():
        nonlocal a, b
        a, b = b, a
    return g
