# an exception in a gathered task propagates; return_exceptions collects it instead
import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    try:
        await asyncio.gather(ok(1), bad())
    except ValueError as e:
        print("caught", e)
    r = await asyncio.gather(ok(1), bad(), ok(3), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[2])


asyncio.run(main())
