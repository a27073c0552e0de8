# ** with a fractional exponent: floats, ints, and negative bases (complex results).
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -0.5, 9 ** 0.5, 27 ** (1 / 3), 1.5 ** 2.5, 0.5 ** -0.5)
print(100 ** 1.5, 2 ** 10.0, 3 ** 0.25, 1e10 ** 0.1)
print((-8.0) ** (1 / 3))
print((-1) ** 0.5)
print(pow(2, 0.5), pow(2.0, -1.5))
x = 5.0
x **= 0.5
print(x)
try:
    10.0 ** 400.5
except OverflowError:
    print("OverflowError")
