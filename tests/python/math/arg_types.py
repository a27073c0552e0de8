import math

class F(float):
    pass

class I(int):
    pass

print(math.sqrt(F(16.0)), math.floor(F(2.5)), math.sqrt(I(9)), math.fabs(I(-3)))
print(math.sqrt(True), math.exp(False))
for bad in ["1", None, [1], 1j]:
    try:
        math.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.atan2(1)
except TypeError:
    print("TypeError arity")
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
