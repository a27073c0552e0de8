def make():
    return [[lambda i=i, j=j: i * j for j in range(3)] for i in range(3)]
table = make()
print([[f() for f in row] for row in table])
def counter():
    n = 5
    return {k: n + k for k in range(3)}
print(counter())
