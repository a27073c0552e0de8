# slice objects and their attributes
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, s)
print(slice(3), slice(3).start, slice(3).stop, slice(None, None, -1))
print(list(range(10))[s], "abcdefgh"[slice(2, None)], (1, 2, 3)[slice(None, None, -1)])
