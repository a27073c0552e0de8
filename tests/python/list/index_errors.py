# out of range indexing and wrong index types
a = [1, 2, 3]
for i in (3, -4):
    try:
        a[i]
    except IndexError:
        print("IndexError", i)
try:
    a["x"]
except TypeError:
    print("TypeError")
try:
    a[5] = 1
except IndexError:
    print("IndexError store")
