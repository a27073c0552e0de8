sorted(x, key=lambda y: y[1])
f(lambda: (yield))
