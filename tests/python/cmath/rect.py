import cmath
print(cmath.rect(1, 0))
print(cmath.rect(2, 0.0))
print(cmath.rect(3, -0.0))
print(cmath.rect(0, 1))
print(cmath.rect(2, 1))
print(cmath.rect(1, cmath.pi / 4))
print(cmath.rect(5, 0.9272952180016122))
print(cmath.rect(-2, 1.5))
