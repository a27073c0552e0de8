# StopIteration carries a value, also from a generator's return
e = StopIteration(5)
print(e.value, e.args)

def gen():
    yield 1
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print(s.value)
