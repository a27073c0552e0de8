def make():
    fs = []
    for i in range(4):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_bound():
    fs = []
    for i in range(4):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_bound()])
