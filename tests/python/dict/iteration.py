# iterating a dict yields keys; adding while iterating over a copy of the keys is safe
d = {1: "a", 2: "b", 3: "c"}
print([k for k in d], sorted(d, reverse=True))
for k in list(d):
    d[k + 10] = k
print(d)
