# log(z, base) is log(z) / log(base).
import cmath
print(cmath.log(8, 2))
print(cmath.log(100, 10))
print(cmath.log(1j, 1j))
print(cmath.log(-8, 2))
