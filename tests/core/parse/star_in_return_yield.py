def g():
    yield 1, *a
