def f():
    k = 3
    return [lambda: k + i for i in range(2)]
print([g() for g in f()])
def g():
    base = 100
    return {n: (lambda n=n: base + n)() for n in range(3)}
print(g())
