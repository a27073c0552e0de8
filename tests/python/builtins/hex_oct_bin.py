# hex, oct, bin of ints and big ints
for v in (0, 1, -1, 255, -255, 2 ** 40, -(2 ** 70)):
    print(hex(v), oct(v), bin(v))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
