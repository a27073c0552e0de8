# Generators: yield in expression positions, re-entry, close/throw edge cases, the legacy throw(type, value).
def g():
    a = [(yield 1), (yield 2)]
    b = {"k": (yield 3), "v": (yield 4)}
    c = (yield 5) + (yield 6)
    print(a, b, c)
    d = f"{(yield 7)}"
    e = (yield) if (yield 8) else (yield 9)
    print(d, e)
    yield lambda: (yield)
x = g()
v = next(x)
i = 100
try:
    while True:
        v = x.send(i)
        i += 1
except StopIteration:
    pass
def running():
    me = yield
    try:
        next(me)
    except ValueError as e:
        print("VE", e)
    yield
r = running(); next(r); r.send(r)
def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
ig = ignore(); next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RT", e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin cleanup")
f = fin(); next(f); f.close(); f.close()
print(list(f))
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 3
rc = ret_on_close(); next(rc); print(rc.close())
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError("x"))
except ValueError as e:
    print("unstarted throw", e)
print(list(t))
t = thrower(); next(t)
try:
    t.throw(ValueError, ValueError("y"))
except ValueError as e:
    print("2-arg throw", e)
try:
    t.throw(5)
except TypeError as e:
    print("TE throw")
def se():
    yield 1
s = se()
try:
    s.send(1)
except TypeError as e:
    print("TE", e)
print(type(s).__name__)
print(g.__name__)
