import math

for f, x in [(math.exp, 710), (math.exp, 1e308), (math.expm1, 710), (math.cosh, 711), (math.sinh, -711)]:
    try:
        f(x)
        print("no error")
    except OverflowError as e:
        print("OverflowError", e)
print(math.expm1(-1000), math.cosh(0), math.sinh(0), math.tanh(1000), math.tanh(-1000))
print(math.exp(709) > 8e307, math.cosh(710) > 1e308)
