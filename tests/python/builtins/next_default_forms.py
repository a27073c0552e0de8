# next() with and without a default, on iterators, generators and user iterators
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
def gen():
    yield "a"
    return "ret"
g = gen()
print(next(g), next(g, "stop"), next(g, 0))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, "done"), list(Countdown(3)))
try:
    next(iter(()))
except StopIteration:
    print("StopIteration")
for bad in ([1], "s", 5):
    try:
        next(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
