# a dict with many entries, deletions and re-insertions
d = {}
for i in range(600):
    d[i] = i * i
for i in range(0, 600, 2):
    del d[i]
print(len(d), d[599], 300 in d, 301 in d)
for i in range(0, 100, 2):
    d[i] = -i
print(len(d), list(d)[-3:], sum(d.values()) % 1000003)
