print(sum(x * x for x in range(10)))
print(sorted((x for x in "banana"), reverse=True))
print(tuple(i for i in range(3)), "-".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
