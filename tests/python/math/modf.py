import math

for x in [3.5, -3.5, 2.0, -2.0, 0.0, -0.0, 1e20, 0.25, 7, math.inf, -math.inf]:
    print(x, math.modf(x))
f, i = math.modf(math.nan)
print(math.isnan(f), math.isnan(i))
