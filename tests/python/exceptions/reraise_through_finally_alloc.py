# an exception raised in a handler propagates through a finally that allocates: it must
# stay alive while the frames that held it are left (found under -X gcstress)
class T(Exception):
    pass


def f():
    try:
        raise ValueError
    except ValueError:
        raise T("from handler")
    finally:
        x = [1, 2, 3]


def g(n):
    if n == 0:
        return f()
    try:
        return g(n - 1)
    finally:
        y = {"k": [n] * 10}


for depth in (0, 3):
    try:
        g(depth)
    except T as e:
        print("ok", depth, e.args, type(e.__context__).__name__)
