# iterating tuples
for i, v in enumerate(("x", "y")):
    print(i, v)
print(sum((1, 2, 3)), list(reversed((1, 2, 3))), any(()), all(()))
