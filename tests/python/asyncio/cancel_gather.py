# cancelling a task while it waits in gather cancels what gather waits for
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def both():
    await asyncio.gather(forever("a"), forever("b"))


async def main():
    t = asyncio.create_task(both())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
