# & | ^ ~ << >> on negative small and big ints: infinite two's complement, as CPython
vals = [0, 1, -1, 5, -6, 255, -256, 2**31, -(2**31) - 1, 2**64 + 12345, -(2**64) - 12345, -(2**100)]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]])
    print(" ", [a ^ b for b in vals[6:]], ~a, a >> 3, a << 3, a >> 70, a << 40 >> 40 == a)
print(-1 >> 1000, -(2**100) >> 99, 1 << 100, -5 & 0xFFFFFFFF, (-1) & (2**80 - 1) == 2**80 - 1)
for v in (0, 1, -1, 255, -256, 2**64, -(2**64), 2**100 - 1):
    print(v.bit_length(), end=" ")
print()
try:
    1 << -1
except ValueError:
    print("ValueError")
