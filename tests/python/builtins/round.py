# round() of ints and floats, with and without ndigits
print(round(2.5), round(3.5), round(-2.5), round(0.49), round(7), round(7, 1), round(2.675, 1), round(-1.05, 0))
print(round(12345, -1), round(12355, -1), round(5.0, -1), round(15.0, -1), round(1e3, -3))
