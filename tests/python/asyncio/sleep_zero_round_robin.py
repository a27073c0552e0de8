# sleep(0) lets every other ready task run once, in turn
import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(count("a", 3))
    b = asyncio.create_task(count("b", 2))
    await a
    await b


asyncio.run(main())
