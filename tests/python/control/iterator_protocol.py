class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for v in Count(3):
    print(v)
print(list(Count(4)), sum(Count(10)))
it = iter(Count(2))
print(next(it), next(it), next(it, "end"))
