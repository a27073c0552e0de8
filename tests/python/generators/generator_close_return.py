def g():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
it = g()
next(it)
it.close()
print("closed quietly")
def unstarted():
    yield 1
u = unstarted()
u.close()
print(list(u))
