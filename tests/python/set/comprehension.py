# set comprehensions and dedupe
print(sorted({x % 3 for x in range(10)}))
words = ["b", "a", "b", "c", "a"]
seen = set()
out = []
for w in words:
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out)
