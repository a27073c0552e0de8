for i, (a, b) in enumerate(zip("abc", [1, 2, 3])):
    print(i, a, b)
pairs = [(i, i * i) for i in range(4)]
for n, sq in pairs:
    print(n, sq, end=" ")
print()
