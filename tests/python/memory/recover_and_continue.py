def attempt(n):
    try:
        return len(bytearray(n))
    except MemoryError:
        return "MemoryError"
for n in (100, 1000, 10000, 100000, 1000000):
    print(n, attempt(n))
print(attempt(10))
x = [i for i in range(50)]
print(sum(x))
