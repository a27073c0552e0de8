# repr of tuples
print((), (1,), (1, 2), ((1,), ()), ("a", "b'"), (None, True))
