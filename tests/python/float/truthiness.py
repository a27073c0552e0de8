# truth value of floats
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")), bool(float("inf")))
print(0.0 or "zero", 1.5 and "nonzero")
