def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
