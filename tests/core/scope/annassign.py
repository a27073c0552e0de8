def f():
    x: int
    y: int = 2
    z.a: int = 1
