def g():
    yield it_ref[0].send(None)
it_ref = [None]
it = g()
it_ref[0] = it
try:
    next(it)
except ValueError:
    print("ValueError")
