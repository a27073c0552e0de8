# copy, and repr of single-element and empty sets
s = {1}
c = s.copy()
c.add(2)
print(s, sorted(c), set(), frozenset(), {"x"}, frozenset({5}))
