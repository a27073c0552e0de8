# start, stop and step attributes; repr
r = range(1, 10, 2)
print(r.start, r.stop, r.step, r, range(5), range(0, -5, -1))
