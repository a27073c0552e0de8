from _loop import run, Sleep
log = []
async def worker(name, delay, n):
    for i in range(n):
        await Sleep(delay)
        log.append("%s%d" % (name, i))
    return name
print(run(worker("a", 2, 3), worker("b", 3, 2)))
print(log)
