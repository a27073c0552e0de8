import cmath
for z in (1, -1, 1j, -1j, 2, 10, 1 + 1j, 3 + 4j, -3 - 4j, 0.9 + 0.1j, 1e-10, 1e300 + 1e300j):
    print(z, cmath.log(z))
