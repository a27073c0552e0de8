import cmath
for z in (1, -1, 1j, -1j, 1 + 1j, -1 - 1j, 3 + 4j, -3 + 4j, 0, 2.5, -2.5):
    print(z, cmath.phase(z), cmath.polar(z))
print(cmath.phase(complex(-1.0, 0.0)), cmath.phase(complex(-1.0, -0.0)))
r, phi = cmath.polar(5 - 12j)
print(r, type(r).__name__, type(phi).__name__)
