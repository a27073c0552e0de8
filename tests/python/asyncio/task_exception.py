# awaiting a task that raised re-raises its exception
import asyncio


async def fail():
    raise KeyError("k")


async def main():
    t = asyncio.create_task(fail())
    try:
        await t
    except KeyError as e:
        print("KeyError", e)
    print(t.done())


asyncio.run(main())
