result = [(a, b, c) for a in range(2) for b in range(2) if a != b for c in "xy"]
print(result)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
