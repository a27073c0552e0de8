# Exceptions the runtime raises without arguments still have an empty args tuple.
def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
def closer():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit", e.args)
        raise
c = closer()
next(c)
c.close()
