# Round trips, compared within a tolerance.
import cmath

def close(a, b):
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))

zs = [1 + 2j, -0.5 + 0.3j, 2 - 1j, -3 - 0.25j, 0.1j]
for z in zs:
    print(close(cmath.exp(cmath.log(z)), z), close(cmath.sqrt(z) ** 2, z),
          close(cmath.rect(*cmath.polar(z)), z),
          close(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1),
          close(cmath.log10(z) * cmath.log(10), cmath.log(z)))
