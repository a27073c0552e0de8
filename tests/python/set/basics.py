# set creation, membership, add, len; sort before printing
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s)
s.add(5)
s.add(1)
print(sorted(s), len(set()), sorted(set("hello")), sorted(set([4, 4, 5])))
