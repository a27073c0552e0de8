# bitwise operators including negatives
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 255, -256 & 255, -5 | 3)
print(1 << 4, 256 >> 3, -256 >> 3, -1 >> 10, -7 >> 1)
try:
    1 << -1
except ValueError:
    print("ValueError")
