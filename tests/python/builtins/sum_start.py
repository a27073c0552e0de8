# sum() with start positional and keyword, mixed numbers and sequences
print(sum([]), sum([], 10), sum(range(101)), sum([1, 2], start=3), sum([0.1] * 10))
print(sum([1, 2.5, True]), sum([2**64, -2**64, 1]), sum([1j, 2, 0.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum((x * x for x in range(4)), 100))
print(sum([0.1, 0.2, 0.3]) == 0.6000000000000001, sum([-0.0]), sum([], -0.0))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError str")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError mixed")
try:
    sum(5)
except TypeError:
    print("TypeError int")
