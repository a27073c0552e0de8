def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
def outer():
    yield from inner()
    yield "after"
g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
