# divmod of ints, floats and big ints with signs
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (10 ** 20 + 1, 7), (0, 5)):
    print(a, b, divmod(a, b))
