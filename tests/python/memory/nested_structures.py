def build(depth, width):
    if depth == 0:
        return "leaf"
    return [build(depth - 1, width) for _ in range(width)]
for d in range(1, 8):
    try:
        t = build(d, 3)
        print(d, "built", len(t))
    except MemoryError:
        print(d, "MemoryError")
    t = None
print("end")
