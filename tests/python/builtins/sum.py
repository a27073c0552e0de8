# sum() with starts and mixed numbers
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.5, 1)))
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
