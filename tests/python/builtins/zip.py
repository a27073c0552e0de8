# zip stops at the shortest input
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(dict(zip("abc", range(3))))
