# coroutines awaiting coroutines, with values passed back
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def total(n):
    s = 0
    for i in range(n):
        s = await add(s, i)
    return s


async def main():
    print(await total(10))


asyncio.run(main())
