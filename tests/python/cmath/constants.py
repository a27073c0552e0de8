import cmath
print(cmath.e, cmath.pi)
print(type(cmath.e).__name__, type(cmath.pi).__name__)
