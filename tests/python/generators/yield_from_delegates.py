# yield from: return values, send/throw/close passed on to generator and instance delegates.
def inner():
    x = yield 1
    print("inner got", x)
    return 7
def outer():
    r = yield from inner()
    print("r", r)
    r2 = yield from [10, 20]
    print("r2", r2)
    try:
        yield from 5
    except TypeError as e:
        print("TE", e)
g = outer()
print(next(g))
print(g.send("hi"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(99)
        return self.n
def o2():
    r = yield from It()
    print("o2 r", r)
print(list(o2()))
def o3():
    yield from It()
g = o3(); next(g)
try:
    g.send(5)
except Exception as e:
    print(type(e).__name__)
g = o3(); next(g)
try:
    g.throw(KeyError)
except KeyError:
    print("KeyError out")
g = o3(); next(g)
g.close()
print("closed")
class Echo:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return "n"
    def send(self, v):
        if v == "stop": raise StopIteration("sent-stop")
        return "s:" + v
    def throw(self, e):
        self.log.append(type(e).__name__)
        return "t"
    def close(self): self.log.append("close")
def deleg(e):
    r = yield from e
    print("deleg r", r)
    yield "after"
e = Echo()
g = deleg(e)
print(next(g), g.send("x"), g.throw(ValueError("v")))
print(g.send("stop"))
g2 = deleg(e); next(g2); g2.close(); print(e.log)
def sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub got GeneratorExit")
        raise
def top():
    try:
        yield from sub()
    except GeneratorExit:
        print("top got GeneratorExit")
        raise
g = top(); next(g); g.close(); print("ok")
def sub2():
    try:
        yield 1
    finally:
        return 5
def top2():
    r = yield from sub2()
    print("never", r)
    yield 2
g = top2(); next(g); g.close(); print("ok2")
