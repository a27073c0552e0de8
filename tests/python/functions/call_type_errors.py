def f(a, b):
    return a + b
def kwonly(*, k):
    return k
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, a=3),
    lambda: f(1, c=2),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: f(**{"a": 1}),
    lambda: f(*5),
    lambda: (1)(),
    lambda: f(1, **{"b": 2, "x": 3}),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError:
        print("TypeError")
