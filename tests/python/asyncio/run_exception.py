# an exception from the main coroutine comes out of asyncio.run
import asyncio


async def main():
    await asyncio.sleep(0)
    raise RuntimeError("from main")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught", e)
