def g():
    try:
        yield 1
    except KeyError:
        yield "handled"
    yield "end"
it = g()
print(next(it))
print(it.throw(KeyError))
print(next(it))
it2 = g()
next(it2)
try:
    it2.throw(IndexError("x"))
except IndexError as e:
    print("propagated", e)
