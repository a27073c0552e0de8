# gather returns the results in the order of its arguments
import asyncio


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print(await asyncio.gather(square(1), square(2), square(3)))
    print(await asyncio.gather())


asyncio.run(main())
