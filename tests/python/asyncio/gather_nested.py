# gather of gathers
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def pair(a, b):
    return await asyncio.gather(val(a), val(b))


async def main():
    print(await asyncio.gather(pair(1, 2), pair(3, 4)))


asyncio.run(main())
