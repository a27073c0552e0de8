import math

# Exact cases and values CPython prints with glibc's correctly rounded functions.
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2), math.exp(0.5), math.exp(10))
print(math.exp(-1000), math.exp(-math.inf), math.exp(math.inf))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(2))
print(math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(2**1000, 2))
print(math.log10(1000), math.log10(1e-5), math.log10(10**22), math.log10(2))
print(math.log2(1024), math.log2(0.125), math.log2(3), math.log2(2**-1074))
print(math.log(math.inf), math.log2(math.inf))
