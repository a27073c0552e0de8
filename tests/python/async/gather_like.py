from _loop import run, Sleep
async def compute(x):
    await Sleep(x)
    return x * x
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
print(run(gather(compute(1), compute(2), compute(3))))
