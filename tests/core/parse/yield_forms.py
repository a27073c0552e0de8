def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield a
    yield from z
    z = (yield)
    await_ = yield from w
    f((yield))
