def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
