def f(m):
    return [[(t := c) for c in r] for r in m]
