# ranges whose ends, items and lengths need the full 32 bits (beyond small ints)
print(sum(range(2**31 - 100, 2**31 - 1)))
r = range(-2**31, 2**31 - 1, 2**30)
print(r, list(r), r[1], r[-1], r[2**30 - 2**30 + 2])
print(2**30 in r, (2**30 + 1) in r, -2**31 in r, 2**31 in r, -2**31 - 1 in r)
print(range(0, 2**31 - 1, 2**30)[0:1], len(range(2**31 - 1)), len(range(-2**30, 2**30 - 1)))
print(list(range(2**30 - 2, 2**30 + 2)), list(range(2**31 - 3, 2**31 - 1)))
print(list(reversed(range(-2**31, -2**31 + 3))), range(2**30, 2**31 - 1)[2**29])
for r in (range(10), range(3, 50, 7), range(20, -5, -3), range(0)):
    for sl in (slice(None), slice(None, None, -1), slice(1, -1, 2), slice(-2, None, -2), slice(5, 1),
               slice(None, None, 3), slice(100, -100, -1)):
        print(r[sl], list(r[sl]) == list(r)[sl])
r = range(-2**31, 2**31 - 1, 2**30 + 1)
print(r.start, r.stop, r.step, r.start - 1, r.stop + 1)
