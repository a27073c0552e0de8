# a cancelled task runs its finally blocks
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("done")


asyncio.run(main())
