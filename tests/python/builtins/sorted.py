# sorted() with key and reverse; the input is unchanged
data = [3, -1, 2, -5, 4]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True), data)
print(sorted("banana"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted(x * x for x in range(-2, 3)))
