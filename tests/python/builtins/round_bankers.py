# round(): half-to-even for ints and floats, ndigits positive, zero and negative
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5000001)])
print([round(x + 0.5) for x in range(-4, 5)])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(2.5, 0), round(3.5, 0), round(-0.5, 0))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(123.456, 1), round(123.456, -1), round(123.456, -2), round(-123.456, -2))
print(round(5e-324, 400), round(1e300, -299), round(1.5, 100))
# ints: negative ndigits round half to even too
print(round(25, -1), round(35, -1), round(-25, -1), round(-35, -1), round(150, -2), round(250, -2))
print(round(1234, 0), round(1234, 5), round(1234, -5), round(5000, -4), round(15000, -4))
print(round(2**70 + 5, -1), round(-(10**20) - 50, -2), round(10**20 + 50, -2))
print(type(round(7, 2)).__name__, round(True), round(False, 3))
# floats that are already integral
print(round(1e16), round(-7.0), round(0.0), round(-0.0, 1))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1")
except TypeError:
    print("TypeError")
try:
    round(1.5, 1.0)
except TypeError:
    print("TypeError")
