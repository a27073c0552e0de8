# integer comparisons, chained, and with floats and bools
print(3 < 5, 3 > 5, 3 == 3, 3 != 3, 3 <= 3, 3 >= 4)
print(1 < 2 < 3, 1 < 3 < 2, 5 > 4 > 3 > 2)
print(1 == 1.0, 2 < 2.5, 3 > 2.9, -1 < -0.5)
print(True == 1, False == 0, True + True)
