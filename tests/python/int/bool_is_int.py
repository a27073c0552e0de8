# bool is a subclass of int
print(isinstance(True, int), issubclass(bool, int))
print(True + 1, False * 5, True * 2.5)
print(sum([True, True, False]))
print([10, 20][True])
print(str(True), repr(False), int(True))
