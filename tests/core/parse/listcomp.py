[x for x in y]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
[x for x, y in z]
