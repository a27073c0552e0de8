def f():
    y = [1]
    return [x for x in y]
