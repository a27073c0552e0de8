# enumerate with start (positional and keyword), zip of various lengths
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 3)), list(enumerate(range(3), 2**40)))
e = enumerate(iter([10, 20]))
print(next(e), next(e), next(e, None))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False, None))))
print(list(zip(range(3), range(10, 100))), dict(zip("xyz", range(3))))
z = zip([1, 2], "ab")
print(iter(z) is z, next(z), list(z), list(z))
# zip stops at the shortest without pulling an extra item from later ones
it = iter([1, 2, 3])
print(list(zip([0], it)), next(it))
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)))
for bad in ((1,), ([], 1)):
    try:
        zip(*bad)
    except TypeError:
        print("TypeError")
try:
    enumerate(5)
except TypeError:
    print("TypeError")
