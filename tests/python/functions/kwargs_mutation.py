def f(**kw):
    kw["added"] = 1
    return kw
d = {"a": 0}
r = f(**d)
print(sorted(d), sorted(r))
def g(*a):
    return a
t = [1, 2]
print(g(*t) == tuple(t), type(g(*t)).__name__)
