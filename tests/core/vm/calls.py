# Argument binding: positional, defaults, keywords, *args, **kwargs, keyword-only,
# and the TypeError messages of calls that do not fit.

def pos(a, b):
    return (a, b)

def defaults(a, b=2, c=3):
    return (a, b, c)

def star(a, *rest):
    return (a, rest)

def kwargs(a, **kw):
    return (a, sorted(kw.items()))

def kwonly(a, *, b, c=30):
    return (a, b, c)

def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

def nothing():
    return None

print(pos(1, 2), pos(b=2, a=1), pos(1, b=2))
print(defaults(1), defaults(1, 5), defaults(1, c=9), defaults(c=7, a=0))
print(star(1), star(1, 2, 3))
print(kwargs(1), kwargs(1, x=2, y=3))
print(kwonly(1, b=2), kwonly(1, c=3, b=2))
print(everything(1, c=3), everything(1, 2, 3, 4, c=5, d=6, e=7))
args = [1, 2]
kw = {"c": 3}
print(defaults(*args, **kw), star(*args), star(0, *args, *args))
print(everything(*[1, 2, 3], **{"c": 4, "z": 5}))
print(nothing())

def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

attempt(pos, 1, 2, 3)
attempt(pos, 1)
attempt(pos)
attempt(defaults)
attempt(defaults, 1, 2, 3, 4)
attempt(nothing, 1)
attempt(star)
attempt(pos, 1, 2, z=3)
attempt(pos, 1, a=2)
attempt(kwonly, 1)
attempt(kwonly, 1, 2, b=3)
attempt(everything, 1)

def three(a, b, c):
    return a
attempt(three)
attempt(three, 1)
