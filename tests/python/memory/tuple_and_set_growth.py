for n in (16, 256, 4096, 20000):
    try:
        t = tuple(range(n))
        s = set(t)
        print(n, len(t), len(s))
    except MemoryError:
        print(n, "MemoryError")
    t = s = None
print("end")
