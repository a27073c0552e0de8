# float repr/str round trip, %-formatting and format() with e/f/g/% precisions 0..12
vals = [0.1, 2 / 3, 1e22, 5e-324, 1.7976931348623157e308, 123.456, -0.5, 0.5, 1.5, 2.5, 1e-5, 9.999999]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
for p in range(0, 13, 3):
    print(p, "|".join(("%." + str(p) + "e") % v for v in vals[:6]))
    print(p, "|".join(format(v, "." + str(p) + "f") for v in vals[5:]))
    print(p, "|".join(format(v, "." + str(p) + "g") for v in vals))
print(float("1e500"), float("-1e500"), float("  -2.5e-3 "), float("+.5"), float("5."), float("1_0.5"), float("infinity"), float("-NaN"))
for bad in ("", "1e", ".", "1..2", "e5", "1_", "0x10", "inf5"):
    try:
        float(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", repr(bad))
