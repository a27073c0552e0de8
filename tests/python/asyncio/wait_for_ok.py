# wait_for returns the value when the awaitable finishes in time
import asyncio


async def quick():
    await asyncio.sleep(0)
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), 5))
    print(await asyncio.wait_for(quick(), None))


asyncio.run(main())
