# iter(callable, sentinel): stops at the first value equal to the sentinel
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

c = Counter()
print(list(iter(c, 4)))
print(c.n)

# the sentinel is compared with ==, so 2.0 stops at 2
data = [1, 5, 2, 9]
print(list(iter(lambda: data.pop(0), 2.0)), data)

# a sentinel that never comes: the callable's exception propagates
items = [1, 2]
try:
    for x in iter(lambda: items.pop(), None):
        print("got", x)
except IndexError:
    print("IndexError")

# the iterator is its own iterator, and exhausted stays exhausted
it = iter(Counter(), 3)
print(iter(it) is it, next(it), next(it), next(it, "done"), next(it, "done"))

# reading lines until an empty one
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

# errors
for args in [(1,), (None,), (1, 2)]:
    try:
        iter(*args)
    except TypeError:
        print("TypeError", len(args))
