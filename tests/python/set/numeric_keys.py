# equal numbers collapse; iteration over ints sorted for printing
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(len(s), min(s), max(s), sum(s))
