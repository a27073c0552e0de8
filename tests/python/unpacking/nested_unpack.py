(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
