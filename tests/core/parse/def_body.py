def f(x):
    """Doc."""
    y = x * 2
    if y:
        return y
    return
