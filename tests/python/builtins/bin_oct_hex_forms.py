# bin/oct/hex of negatives, zero, big ints, bools and __index__ objects
for v in (0, 1, -1, 7, -8, 255, -256, 2**31, -(2**31), 2**64 - 1, -(2**100), True, False):
    print(bin(v), oct(v), hex(v))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
print(int(bin(-12345), 0), int(oct(98765), 0), int(hex(-(2**70)), 0))
print(format(255, "b"), format(-255, "o"), format(255, "#X"), format(-10, "#b"))
for bad in (1.5, "1", None, 1j):
    try:
        hex(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
