import math

def r(x):
    return float("%.12g" % x)

for x in [1, 2, 3, 5, 10, 20, 23, 0.5, 1.5, 2.5, -0.5, -1.5, 0.001, 100.5, 170.5]:
    print(x, r(math.gamma(x)), r(math.lgamma(x)))
print(math.gamma(1), math.gamma(6), math.lgamma(1), math.lgamma(2), math.lgamma(math.inf))
for x in [0, -1, -2.0, -math.inf]:
    try:
        math.gamma(x)
    except ValueError as e:
        print("ValueError", e)
for x in [0, -3]:
    try:
        math.lgamma(x)
    except ValueError as e:
        print("ValueError", e)
try:
    math.gamma(200)
except OverflowError as e:
    print("OverflowError", e)
print(math.gamma(-200.5) == 0.0, math.gamma(1e-30) > 1e29)
