def make(n):
    def gen():
        for i in range(n):
            yield [i] * n
    return gen
total = 0
for n in (10, 100, 1000, 3000):
    try:
        for row in make(n)():
            total += len(row)
        print(n, "ok")
    except MemoryError:
        print(n, "MemoryError")
print(total > 0)
