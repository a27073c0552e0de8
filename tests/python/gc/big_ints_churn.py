# big ints created and discarded in a loop
x = 0
for i in range(2000):
    y = (1 << (100 + i % 100)) + i
    x = (x + y) % 1000000007
print(x)
