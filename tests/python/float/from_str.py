# float() parsing
print(float("1.5"), float("-2"), float("  3.25 "), float("1e3"), float("-1.5E-2"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"))
for bad in ("", "abc", "1.2.3", "1e"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
