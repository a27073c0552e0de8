# the format mini-language for floats: e E f F g G % and none, precision, grouping, specials
vals = [0.0, -0.0, 1.0, -2.5, 3.14159265, 1234567.891, 1e-7, 6.02e23, 0.1, 100.0, 1e16, 123456789.0]
specs = ["", "e", ".2e", "E", "f", ".0f", ".3f", "F", "g", ".3g", "G", ".10g", "%", ".1%", "+.2f", " .1e",
         "10.2f", "<12.3e", "^12g", "*>10.1f", "010.2f", "+012.3g", ",.2f", "_.1f", "#.0f", "#g", "#.3g", ".0e", "#.0e"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
for v in (float("inf"), float("-inf"), float("nan")):
    print("|".join(format(v, s) for s in ["", "f", "E", "G", "+g", "10", "<8", "08.2f", "%"]))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e300 * 10, "e"))
for bad in ["d", "x", "c", ",e" if False else "s"]:
    try:
        format(1.5, bad)
    except ValueError:
        print("ValueError", bad)
