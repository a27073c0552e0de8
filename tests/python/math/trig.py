import math

def r(x):
    return round(x, 12)

print(math.sin(0), math.cos(0), math.tan(0), math.sin(-0.0))
for x in [0.5, 1, 2, 3, -1.25, 10, 100, 1e6, 1e22, 1e300]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)))
print(r(math.sin(math.pi)), r(math.cos(math.pi)), r(math.sin(math.pi / 2)), r(math.tan(math.pi / 4)))
for f in (math.sin, math.cos, math.tan):
    try:
        f(math.inf)
    except ValueError as e:
        print("ValueError", e)
print(math.isnan(math.sin(math.nan)))
