def f(a, b=1):
    "doc"
    return a
print(f.__name__)
g = f
print(g(5), g is f, g.__name__)
print((lambda: 0).__name__)
