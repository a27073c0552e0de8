def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
