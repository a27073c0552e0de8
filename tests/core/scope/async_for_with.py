async def f(a, b):
    async for i in a:
        pass
    async with b as c:
        return c
