# iter() and next() with and without default
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), list(s), list(s))
try:
    iter(5)
except TypeError:
    print("TypeError")
try:
    next([1])
except TypeError:
    print("TypeError")
