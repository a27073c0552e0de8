import math

cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1e300, 3.7), (0.0, 1), (-0.0, 1), (3, math.inf), (-3, -math.inf)]
for x, y in cases:
    print(x, y, math.fmod(x, y))
for x, y in [(1, 0), (math.inf, 1), (1, 0.0)]:
    try:
        math.fmod(x, y)
    except ValueError as e:
        print("ValueError", e)
print(math.isnan(math.fmod(math.nan, 1)))
