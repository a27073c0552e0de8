l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
out = []
l = [1, 2, 3, 4]
for x in l:
    out.append(x)
    if x == 2:
        l.remove(x)
print(out, l)
