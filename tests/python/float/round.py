# round() of floats: banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.4), round(2.6))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(3.14159, 2), round(2.675, 0), round(1234.5, -2), round(-0.26, 1))
