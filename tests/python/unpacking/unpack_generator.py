def g():
    yield 1
    yield 2
    yield 3
a, b, c = g()
print(a, b, c)
first, *rest = g()
print(first, rest)
a, b = map(str, (7, 8))
print(a + b)
