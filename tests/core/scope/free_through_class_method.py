def f():
    v = 1
    class C:
        def m(self):
            return v
    return C
