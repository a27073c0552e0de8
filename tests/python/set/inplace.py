# in-place set operations and their method forms
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 6}
a -= {2}
a ^= {9, 4}
print(sorted(a))
b = {1, 2, 3}
b.update([10, 11])
b.intersection_update({1, 10, 11})
b.difference_update([11])
b.symmetric_difference_update([1, 12])
print(sorted(b))
