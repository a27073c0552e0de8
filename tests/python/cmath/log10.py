import cmath
for z in (1, 10, 100, 0.001, -10, 1j, 10j, 3 + 4j):
    print(z, cmath.log10(z))
