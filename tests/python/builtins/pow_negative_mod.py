# pow(): 2- and 3-argument forms with negative operands, like CPython
for b in (-7, -3, 0, 2, 5, 10):
    print(b, [pow(b, e, m) for e in (0, 1, 2, 3) for m in (7, -7, 1)])
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(-2, 3, 5))
# negative exponent with a modulus: the modular inverse
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97))
print(pow(2**65 + 1, -1, 10**9 + 7), pow(12345678901234567890, 3, 10**12 + 39))
print(pow(5, 0, 1), pow(0, 0, 3), pow(0, 0), pow(0.0, 0))
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError not invertible")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError zero modulus")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError float modulus")
# negative exponents without a modulus give floats
print(pow(2, -1), pow(-2, -2), pow(10, -3), 2 ** -2, (-8) ** -1)
print(pow(-8, 3), pow(-2, 63), pow(-2, 64), pow(3, 40))
print(pow(2.0, 10), pow(-2.0, 3), pow(4, 0.5), pow(-1.0, 2))
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(0.0, -2)
except ZeroDivisionError:
    print("ZeroDivisionError float")
