# operations on built-ins raise the documented types
cases = [
    lambda: [1][5], lambda: {}[1], lambda: "a" + 1, lambda: int("q"), lambda: None.x,
    lambda: 1 / 0, lambda: [].pop(), lambda: next(iter([])), lambda: len(5), lambda: "abc".index("z"),
    lambda: (1, 2).count(), lambda: float("x"), lambda: chr(-5), lambda: {}.popitem(), lambda: set().pop(),
    lambda: list(5), lambda: [1, 2].remove(3), lambda: range(0, 5, 0), lambda: "".join([1]), lambda: (lambda x: x)(),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__)
