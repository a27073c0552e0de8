# pow with two and three arguments
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(10, 20), pow(0, 0))
print(pow(3, 10, 7), pow(123456789, 1000, 1000000007), pow(2, 0, 1), pow(-1, 5, 3))
try:
    pow(2.0, 2, 5)
except TypeError:
    print("TypeError")
