import math

for n in [0, 1, 2, 5, 10, 12, 13, 20, 21, 25, 50, True]:
    print(n, math.factorial(n))
print(len(str(math.factorial(500))))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(5.0)
except TypeError:
    print("TypeError")
