import math

for x in [0.0, -0.0, 1.0, 8.0, -3.5, 0.1, 1e300, 5e-324, 2**-1022, math.inf, -math.inf, 7]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.isnan(math.frexp(math.nan)[0]))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075))
print(math.ldexp(-1.5, 10), math.ldexp(0.5, 0), math.ldexp(1, -100000), math.ldexp(-1, -100000))
print(math.ldexp(math.inf, -5), math.ldexp(0.0, 10000))
for e in [1024, 100000, 10**30]:
    try:
        math.ldexp(1.0, e)
    except OverflowError as ex:
        print("OverflowError", ex)
try:
    math.ldexp(1.0, 2.0)
except TypeError:
    print("TypeError")
