# assigning slices that grow and shrink a list
a = [0, 1, 2, 3]
a[1:2] = [10, 11, 12]
print(a)
a[0:4] = []
print(a)
a[len(a):] = [7, 8]
print(a)
a[:0] = [-1]
print(a)
