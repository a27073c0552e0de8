def f():
    x = 0
    def g():
        nonlocal x
        def h():
            nonlocal x
            x = 2
        h()
    return g
