print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(len(range(0, 100, 7)), range(10)[3], range(10)[-1], 5 in range(3, 7))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
