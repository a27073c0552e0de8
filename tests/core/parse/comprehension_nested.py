[[x for x in row] for row in m]
[x for x in (y for y in z)]
