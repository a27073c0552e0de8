# the range is fixed when the loop starts; rebinding the variable or the bound has no effect
n = 3
for i in range(n):
    n = 10
    print(i, end=" ")
    i = 100
print()
total = 0
for i in range(1, 4):
    for j in range(i):
        total += j
print(total, i, j)
