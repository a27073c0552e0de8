# tuples compare element-wise, so sorting orders by fields
rows = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(rows), max(rows), min(rows))
