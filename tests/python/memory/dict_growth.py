d = {}
try:
    for i in range(3000):
        d[i] = str(i)
    print("filled", len(d))
except MemoryError:
    n = len(d)
    d = None
    print("MemoryError", n > 0)
d = {"a": 1}
print(d)
