def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = [(yield), (yield)]
    print("z =", z)
it = g()
next(it)
print(it.send(10))
it.send(4)
it.send("p")
try:
    it.send("q")
except StopIteration:
    print("end")
