# Generators: pipelines of generator functions and expressions, send, yield from.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


total = 0
for round_ in range(20):
    total += sum(evens(squares(count_up(1000))))
    total += sum(x + 1 for x in chain(count_up(300), range(200), count_up(100)))
    acc = accumulator()
    next(acc)
    for i in range(300):
        acc.send(i)
    try:
        acc.send(None)
    except StopIteration as e:
        total += e.value
print("generators", total)
