# every set method with several arguments and any iterables, and frozenset's results
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), range(7, 9))), sorted(s.intersection([1, 2, 9], {2, 1})), sorted(s.difference([1], {2})))
print(sorted(s.symmetric_difference([4, 5])), s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint("ab"))
print(s.isdisjoint([4]), s.issubset([1, 2]), set().issubset([]), sorted(s.union()), sorted(s.intersection()))
t = set(s)
t.update([10], (11,))
t.intersection_update(range(0, 12, 2))
t.intersection_update([2, 4, 10, 99])
print(sorted(t))
t.difference_update([2])
t.difference_update({4})
print(sorted(t))
t.symmetric_difference_update({10, 20})
print(sorted(t))
t.add(30)
t.discard(99)
t.remove(20)
print(sorted(t), t.pop() in (30,), len(t))
f = frozenset([3, 1, 2])
print(type(f.union([9])).__name__, type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 2}), sorted(f - {1}))
print(f.issubset({1, 2, 3}), f == {1, 2, 3}, f.copy() == f, sorted(f ^ frozenset([3, 4])))
for op in (lambda: s.remove(99), lambda: set().pop(), lambda: s.update(5), lambda: s | [1], lambda: f.add(1)):
    try:
        op()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__)
