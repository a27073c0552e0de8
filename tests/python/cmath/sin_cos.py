import cmath
for z in (0, 1, -1, 1j, 1 + 1j, 2 - 3j, 0.5 + 0.25j, -1.5j, 3):
    print(z, cmath.sin(z), cmath.cos(z))
