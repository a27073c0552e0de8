def acc():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add
f = acc()
print(f(10), f(20), f(60))
