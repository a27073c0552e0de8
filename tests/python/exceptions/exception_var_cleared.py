try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError:
    print("err deleted")
