# str.format errors
try:
    "{}{}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
