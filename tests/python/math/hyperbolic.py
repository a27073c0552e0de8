import math

def r(x):
    return round(x, 12)

for x in [0, 0.1, 0.5, 1, 2, -3, 10, 20, 30]:
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)))
for x in [0, 0.5, 1, 2, -5, 1e10]:
    print(x, r(math.asinh(x)))
for x in [1, 1.5, 2, 10, 1e10]:
    print(x, r(math.acosh(x)))
for x in [0, 0.25, -0.5, 0.9]:
    print(x, r(math.atanh(x)))
print(math.sinh(-0.0), math.tanh(-0.0), math.asinh(-0.0), math.atanh(-0.0))
for f, x in [(math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1), (math.atanh, 2)]:
    try:
        f(x)
    except ValueError as e:
        print("ValueError", e)
