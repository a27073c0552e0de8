# Allocates more and more; small heaps run out part way and must recover.
held = []
for step in range(8):
    try:
        held.append([step] * (250 << step))
        print(step, "ok", len(held[-1]))
    except MemoryError:
        held = []
        print(step, "MemoryError")
held = None
print("done")
