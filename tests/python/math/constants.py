import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isinf(math.inf), math.isnan(math.nan))
print(math.tau == 2 * math.pi)
