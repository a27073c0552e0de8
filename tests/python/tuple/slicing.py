# slicing tuples gives tuples
t = tuple(range(8))
print(t[2:5], t[::2], t[::-1], t[-2:], t[5:2], t[:100], type(t[1:2]).__name__)
