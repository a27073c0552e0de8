class C:
    pass
c = C()
c.v = 1
c.v += 10
print(c.v)
l = [1, 2, 3]
l[1] += 40
print(l)
d = {"k": [1]}
d["k"] += [2]
print(d)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
