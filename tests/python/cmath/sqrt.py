# sqrt is exact on squares and on the axes (CPython's algorithm: sqrt(-1) is 1j, not 6e-17+1j).
import cmath
for z in (-1, 1j, -1j, -4, 4, 3 + 4j, -3 + 4j, -3 - 4j, 2j, -9 + 0j, 0, 0j, 1 + 2j, 0.25, -0.25):
    print(z, cmath.sqrt(z))
print(cmath.sqrt(complex(0.0, -0.0)))
print(cmath.sqrt(complex(-0.0, 0.0)))
