# an iterable whose __iter__ returns a fresh iterator each time
class Range3:
    def __iter__(self):
        return iter([1, 2, 3])

r = Range3()
print(list(r), list(r))
a, b, c = r
print(a, b, c)
print(sorted(r, reverse=True), max(r))
