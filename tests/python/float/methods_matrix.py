# float to int conversions, integral tests, hash equality with ints
for v in (0.0, -0.0, 1.0, 1.5, -2.75, 1e16, 0.1, 2.0**-10, 1e300):
    whole = v == int(v)
    print(v, whole, int(v) if abs(v) < 1e20 else "big", hash(v) == hash(int(v)) if whole else "-")
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(float(True), float(2**70), float(-(10**20)), float("-0"), int(-0.9), int(2.9999), int(1e20) == 10**20)
print((2.5).__round__() if hasattr(2.5, "__round__") else 2, round(-2.5), 7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2)
try:
    float(10**400)
except OverflowError:
    print("OverflowError")
