vals = [1, 5, 2, 8]
total = 0
sums = [total := total + v for v in vals]
print(sums, total)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
