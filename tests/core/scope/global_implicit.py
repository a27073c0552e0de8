def f():
    return len(y)
