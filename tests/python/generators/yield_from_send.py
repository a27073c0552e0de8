def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    yield "final " + str(result)
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
