def f(a, b):
    return [x + y for x in a for y in b]
