# and/or/xor/invert on big and negative ints (two's complement semantics)
a = (1 << 80) | 0xF0F0
b = -(1 << 70) - 3
print(a & b, a | b, a ^ b, ~a, ~b)
print(b & 0xFFFF, -(1 << 100) & ((1 << 101) - 1))
print((-(10 ** 20)) | 1, (10 ** 20) ^ -1)
