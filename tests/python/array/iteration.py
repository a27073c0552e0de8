from array import array
a = array('b', [3, -1, 4, -1, 5])
for x in a:
    print(x, end=" ")
print()
print(list(a), tuple(a), sum(a), max(a), sorted(a))
print([x * 2 for x in array('d', [0.5, 1.5])])
it = iter(array('B', [9]))
print(next(it), next(it, "end"))
print(list(enumerate(array('i', [7, 8]))))
