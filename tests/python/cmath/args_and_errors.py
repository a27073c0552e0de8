# Ints, floats, bools and complex are accepted; a non-number is TypeError; log(0) is a
# domain error; a finite argument with an infinite result is a range error.
import cmath
print(cmath.sqrt(True), cmath.exp(False), cmath.phase(-2))
for bad in ("1", None, [1]):
    try:
        cmath.sqrt(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
for z in (0, 0.0, 0j):
    try:
        cmath.log(z)
    except ValueError as e:
        print("ValueError", e)
for f, z in ((cmath.exp, 1000), (cmath.exp, 800 + 1j), (cmath.cos, 1000j), (cmath.sin, 1 + 1000j)):
    try:
        f(z)
    except OverflowError as e:
        print("OverflowError", e)
print(cmath.exp(709 + 0j).real > 1e307)
