s = "ab"
for i in range(16):
    try:
        s = s + s
        print(i, len(s))
    except MemoryError:
        print(i, "MemoryError", len(s))
        s = "ab"
print("final", len(s) > 0)
