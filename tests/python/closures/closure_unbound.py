def f():
    def g():
        return x
    try:
        g()
    except NameError:
        print("NameError")
    x = 1
    return g()
print(f())
