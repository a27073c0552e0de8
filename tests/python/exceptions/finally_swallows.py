def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(f())
def g():
    try:
        raise KeyError
    finally:
        return "returned from finally"
print(g())
