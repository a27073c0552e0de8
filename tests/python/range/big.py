# big ranges are lazy: len and membership without materialising
r = range(0, 10 ** 6, 7)
print(len(r), r[-1], 700 in r, 701 in r, sum(range(1001)))
