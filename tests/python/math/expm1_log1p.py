import math

def r(x):
    return float("%.13g" % x)

for x in [1e-20, 1e-10, -1e-10, 1e-5, 0.5, -0.5, 1, 5, -5, 50]:
    print(x, r(math.expm1(x)), r(math.log1p(x)) if x > -1 else None)
print(math.expm1(0.0), math.expm1(-0.0), math.log1p(0.0), math.log1p(-0.0), math.expm1(-math.inf))
for bad in [-1, -2, -math.inf]:
    try:
        math.log1p(bad)
    except ValueError as e:
        print("ValueError", e)
