# a set literal built as the last value on a full stack must not clobber the values below it
s = 7
print(s, frozenset({5}), s)
t = {1}
print(t, len({2}), tuple({3}), t)
def f(a):
    return (a, {a}, a)
print(f(4))
