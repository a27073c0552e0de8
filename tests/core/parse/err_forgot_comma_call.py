f(a, b
c)
