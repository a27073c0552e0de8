def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
for v in countdown(3):
    print(v)
