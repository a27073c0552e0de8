def leaf(n):
    for i in range(n):
        yield i
    return n * 100
def mid():
    a = yield from leaf(2)
    b = yield from leaf(3)
    return a + b
def top():
    r = yield from mid()
    print("total", r)
print(list(top()))
