# sorting is stable for equal keys, also with reverse=True
recs = [("ann", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print([n for n, k in sorted(recs, key=lambda r: r[1])])
print([n for n, k in sorted(recs, key=lambda r: r[1], reverse=True)])
words = "the quick brown fox jumps over a lazy dog".split()
print(sorted(words, key=len))
