def f():
    x = 1
    class C:
        x = 2
        def m(self):
            nonlocal x
            x = 3
    return C
