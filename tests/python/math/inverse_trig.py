import math

def r(x):
    return round(x, 12)

print(math.asin(0), math.acos(1), math.atan(0), math.asin(-0.0))
for x in [-1, -0.5, 0.25, 0.5, 0.9, 1]:
    print(x, r(math.asin(x)), r(math.acos(x)), r(math.atan(x)))
print(r(math.atan(1e10)), r(math.atan(-math.inf)), math.asin(1) == math.pi / 2, math.acos(-1) == math.pi)
for f in (math.asin, math.acos):
    for bad in (1.0000001, -2, math.inf):
        try:
            f(bad)
        except ValueError as e:
            print("ValueError", e)
