import math

print(round(math.log(10**400), 9), round(math.log10(10**400), 9), round(math.log2(2**5000), 9))
print(round(math.log(2**10000, 2), 6), round(math.log(7**1000), 6))
print(math.log2(2**1023), math.log10(10**300))
