import math

for x in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e20, -1e20, 7, -7, True, False, 2**100]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.5)).__name__, type(math.ceil(2)).__name__)
for bad in [math.inf, -math.inf]:
    try:
        math.floor(bad)
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError", e)
try:
    math.trunc("3")
except TypeError:
    print("TypeError")
