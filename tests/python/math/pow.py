import math

print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, 0.5), math.pow(8, 1 / 3), math.pow(10, -2))
print(math.pow(2, -1074), math.pow(2, -1075), math.pow(-2, 3), math.pow(-2, -3), math.pow(0, 0))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(0.5, math.inf))
print(math.pow(2, math.inf), math.pow(2, -math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(-0.0, 3), math.pow(-0.0, 2), math.pow(2.5, 3.5), math.pow(1.1, 100))
for x, y in [(0, -1), (-8, 1 / 3), (-1, 0.5)]:
    try:
        math.pow(x, y)
    except ValueError as e:
        print("ValueError", e)
for x, y in [(10, 400), (2, 1024.5), (-10, 401)]:
    try:
        math.pow(x, y)
    except OverflowError as e:
        print("OverflowError", e)
