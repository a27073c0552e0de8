# starred items and ** in displays: constants, empty ones, generators, a rebound 'tuple'
a = [1, 2]
print((*(1, 2), 3), (*a,), [*a], {*()}, {**{}}, [*[], *a, *()])
tuple = None
print((0, *a, *"xy", 9))
[x, *y] = [*a, 3]
print(x, y)
def g():
    yield 1
    yield 2
print([*g(), *g()], {**dict(k=1), 'z': 0, **{'k': 2}})
try:
    print([*5])
except TypeError:
    print("TypeError")
