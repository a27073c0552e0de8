# len, indexing and negative indexing
r = range(3, 30, 4)
print(len(r), r[0], r[2], r[-1], len(range(10, 0, -3)), range(10, 0, -3)[-1], len(range(0)))
try:
    r[100]
except IndexError:
    print("IndexError")
