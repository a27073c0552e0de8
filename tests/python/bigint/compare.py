# comparisons between big ints, small ints and floats
big = 10 ** 20
print(big > 10, big < -big, big == 10 ** 20, big != big + 1)
print(big > 1e19, big < 1e21, big == 1e20, 2 ** 53 + 1 > 2.0 ** 53)
print(max(3, big, -big), min(3, big, -big))
print(sorted([big, -big, 0, 1, -1]))
