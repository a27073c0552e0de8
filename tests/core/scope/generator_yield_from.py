def gen(x):
    yield from x
