def make():
    fs = []
    for i in range(3):
        def wrap(j):
            return lambda: j * 10
        fs.append(wrap(i))
    return fs
print([f() for f in make()])
