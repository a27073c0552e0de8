import cmath
for z in (0, 1, -1, 1j, 1 + 2j, -2 + 0.5j, 2.5, 0.5j, 10 - 3j):
    print(z, cmath.exp(z))
print(cmath.exp(complex(1, -0.0)))
