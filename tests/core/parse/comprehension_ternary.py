[a if b else c for d in e]
[x for x in (a if b else c)]
