# values are references; counting with get and +=
d = {"n": [0]}
d["n"].append(1)
print(d)
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(sorted(count.items()))
