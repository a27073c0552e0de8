# repr of nested and shared lists
inner = [1, "a"]
outer = [inner, inner, [], [[]]]
print(outer)
inner.append(None)
print(outer, len(outer))
