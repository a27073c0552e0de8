def g():
    yield 1
it = g()
print(list(it), list(it))
print(next(iter(g())))
it = g()
print(iter(it) is it)
