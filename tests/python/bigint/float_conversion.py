# float() of big ints and int() of big floats
print(float(2 ** 70), float(-(10 ** 20)))
print(int(1e20), int(-2.5e19), int(2.0 ** 80))
print(2 ** 70 / 2 ** 69, 10 ** 20 / 4)
