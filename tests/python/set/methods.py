# the method forms, which accept any iterable
a = {1, 2, 3}
print(sorted(a.union([3, 4, 5])), sorted(a.intersection([2, 3, 9])), sorted(a.difference("x")), sorted(a.symmetric_difference([3, 4])))
print(a.issubset({1, 2, 3, 4}), a.issuperset([1]), a.isdisjoint({7}), a.isdisjoint([3]))
