# conversions between ints and floats
print(float(3), float(-7), float(True), int(2.999), int(-2.999))
print(3 == 3.0, 3 / 1, type(3 / 1).__name__, type(3 // 1).__name__, type(3.0 // 1).__name__)
print(1 + 2.0, type(1 + 2.0).__name__, 2 * 0.5)
