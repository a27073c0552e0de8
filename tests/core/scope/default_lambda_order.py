def f(a=lambda: 1, b=lambda: 2):
    return lambda: 3
