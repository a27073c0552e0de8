# slicing a range gives a range
r = range(10)
print(r[2:5], r[::2], r[::-1], list(r[::-3]), r[-2:], list(range(0, 20, 2)[1:4]))
