def gen_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
print(list(gen_factory(5)(4)))
def counter():
    c = 0
    def tick():
        nonlocal c
        c += 1
        yield c
    return tick
t = counter()
print(next(t()), next(t()), next(t()))
