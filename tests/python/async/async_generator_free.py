from _loop import run, Sleep
async def producer(q, n):
    for i in range(n):
        q.append(i)
        await Sleep(1)
    q.append(None)
async def consumer(q):
    got = []
    while True:
        while not q:
            await Sleep(1)
        v = q.pop(0)
        if v is None:
            return got
        got.append(v * 10)
q = []
print(run(producer(q, 4), consumer(q)))
