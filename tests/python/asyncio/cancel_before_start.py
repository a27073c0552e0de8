# a task cancelled before it ever ran never runs
import asyncio


async def never():
    print("ran")


async def main():
    t = asyncio.create_task(never())
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())


asyncio.run(main())
