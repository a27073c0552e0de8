# current_task is the task running now
import asyncio


async def job(out):
    out.append(asyncio.current_task())


async def main():
    out = []
    t = asyncio.create_task(job(out))
    await t
    print(out[0] is t, asyncio.current_task() is not t)


asyncio.run(main())
