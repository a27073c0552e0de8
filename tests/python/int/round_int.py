# round() of ints and with negative ndigits
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(5)).__name__)
