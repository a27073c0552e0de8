# a large factorial and its digit count
f = 1
for i in range(2, 101):
    f *= i
s = str(f)
print(len(s), s[:20], s[-30:])
print(sum(int(c) for c in s))
