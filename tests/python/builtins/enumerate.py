# enumerate with and without a start
print(list(enumerate("abc")), list(enumerate([10, 20], 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
