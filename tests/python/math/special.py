import math

def r(x):
    return round(x, 10)

for x in [0, 0.1, 0.5, 1, 1.5, 2, 3, 5, -0.5, -2.5, 10, 30]:
    print(x, r(math.erf(x)), r(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
