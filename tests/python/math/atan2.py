import math

pts = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1),
       (1, -1), (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, 1), (1, math.inf), (1, -math.inf), (3, 4)]
for y, x in pts:
    print(y, x, round(math.atan2(y, x), 14))
print(math.atan2(0.0, -1.0) == math.pi, math.atan2(-0.0, -1.0) == -math.pi)
print(math.isnan(math.atan2(math.nan, 1)))
