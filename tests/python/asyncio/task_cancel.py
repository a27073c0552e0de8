# cancelling a sleeping task raises CancelledError inside it
import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError")
    print(t.done(), t.cancel())


asyncio.run(main())
