# lists that grow large
a = []
for i in range(2000):
    a.append(i * 2)
print(len(a), a[1000], sum(a))
del a[100:]
print(len(a), a[-1])
