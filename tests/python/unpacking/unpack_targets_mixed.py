class O:
    pass
o = O()
l = [0, 0]
d = {}
o.x, l[0], d["k"] = 1, 2, 3
print(o.x, l, d)
l[0], l[1] = l[1], l[0]
print(l)
