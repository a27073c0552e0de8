async def f(x):
    await x
