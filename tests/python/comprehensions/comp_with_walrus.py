data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 7]
print(big, y)
