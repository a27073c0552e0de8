# the format mini-language for strings: fill, align, width, precision (truncation)
vals = ["", "a", "hello", "héllo", "日本"]
specs = ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".2", "8.3", ">8.1s", "^5.0", "=^6"]
for v in vals:
    print("|".join(format(v, s) for s in specs))
print("{:>{w}}|{:.{p}}|{:{f}^{w}}".format("ab", "xyz", "m", w=6, p=1, f="#"))
print("{0!r:>8}|{0!s:<5}|{1!r:^9}".format("q", "é"))
for bad in ["d", "+", "#", "05", ",", "=5"]:
    try:
        format("s", bad)
    except ValueError:
        print("ValueError", bad)
# '0' before the width fills with zeros unless a fill is given, whatever the alignment
print(repr(format("s", "05")), repr("{:<07}".format("ab")), repr(format(5, "<05")), repr(format(5, "^05")))
print(repr(format(1.5, ">07")), repr(format(-5, "05")), repr(format(-5, "x<05")), repr(format(2.5, "*^08")))
