# three-argument pow
print(pow(2, 10, 1000), pow(3, 4, 5), pow(7, 0, 5), pow(-2, 3, 5))
print(pow(2, 100, 1000007), pow(5, 3))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
