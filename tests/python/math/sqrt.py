import math

for x in [0, 1, 2, 4, 9, 0.25, 1e-300, 1e300, 2**60, -0.0, True]:
    print(x, math.sqrt(x))
print(math.sqrt(math.inf))
print(math.isnan(math.sqrt(math.nan)))
for bad in [-1, -1e-300, -math.inf]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError", e)
