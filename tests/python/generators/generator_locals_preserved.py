def g(a):
    b = a * 2
    yield a
    c = b + 1
    yield b
    yield c
    yield a + b + c
print(list(g(5)))
