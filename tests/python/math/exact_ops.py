import math

print(math.fabs(-3), math.fabs(-2.5), math.fabs(0.0), math.fabs(-0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -math.inf))
print(math.copysign(math.inf, -1))
print(math.radians(180), math.degrees(math.pi), math.radians(90), math.degrees(1))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**30))
print(math.isinf(-math.inf), math.isinf(1e308), math.isnan(0.0), math.isnan(float("nan")))
