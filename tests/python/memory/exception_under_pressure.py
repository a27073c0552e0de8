# Raising and catching while the heap is exhausted.
def exhaust():
    hog = []
    try:
        while len(hog) < 200:
            hog.append(bytearray(1024))
    except MemoryError:
        pass
    return hog
for round in range(3):
    hog = exhaust()
    try:
        raise ValueError("round %d" % round)
    except (ValueError, MemoryError) as e:
        kind = type(e).__name__
    hog = None
    print(round, "recovered", kind)
