# str() of a user exception with one argument is the argument
class E(ValueError):
    pass

e = E("bad value")
print(str(e))
print(repr(e))
print(str(E()))
print(str(E(1, 2)))
try:
    raise E("z")
except ValueError as err:
    print("caught as ValueError:", err)
