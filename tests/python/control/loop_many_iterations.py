total = 0
for i in range(100000):
    total += i & 7
print(total)
i = 0
while i < 50000:
    i += 1
print(i)
