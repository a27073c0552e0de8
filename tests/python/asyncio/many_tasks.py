# thirty tasks, each yielding a few times
import asyncio


async def work(i, out):
    for _ in range(3):
        await asyncio.sleep(0)
    out.append(i)


async def main():
    out = []
    await asyncio.gather(*[work(i, out) for i in range(30)])
    print(len(out), sum(out), out[:5])


asyncio.run(main())
