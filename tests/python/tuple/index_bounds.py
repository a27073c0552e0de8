# tuple.index with start and stop, negative and out-of-range bounds
t = (5, 6, 5, 7, 5)
print(t.index(5, 1), t.index(5, -2), t.index(7, 0, 4), t.index(5, -100, 100), t.index(5, 3))
def missing(f):
    try:
        f()
    except ValueError:
        print("ValueError")
missing(lambda: t.index(6, 2))
missing(lambda: t.index(7, 0, 3))
missing(lambda: t.index(5, 5))
missing(lambda: t.index(5, 1, 1))
