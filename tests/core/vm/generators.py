# Generators: lazy bodies, for loops, yield from with return values, early exits.

def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
    return "ret"

g = count(3)
print("created")
for x in g:
    print("x", x)
for x in g:
    print("never")

def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("yield from gave", r)
    yield 3

print(list(outer()))

def squares(n):
    for i in range(n):
        yield i * i

print(sum(squares(5)), list(squares(4)))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")

for v in with_finally():
    print(v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)

def raises():
    yield 1
    raise ValueError("from generator")

try:
    for v in raises():
        print("v", v)
except ValueError as e:
    print("caught", e)
