import math

for name, f in (("log", math.log), ("log2", math.log2), ("log10", math.log10)):
    for bad in (0, 0.0, -1, -math.inf, -10**100):
        try:
            f(bad)
            print("no error")
        except ValueError as e:
            print(name, bad, "ValueError", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    math.log(10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    math.log("x")
except TypeError as e:
    print("TypeError", e)
