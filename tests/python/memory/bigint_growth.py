x = 1
bits = []
for i in range(12):
    try:
        x = x * (1 << (64 << i))
        bits.append(x.bit_length())
    except MemoryError:
        bits.append("MemoryError")
        x = 1
print(bits)
