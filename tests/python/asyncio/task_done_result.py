# done() before and after a task runs
import asyncio


async def job():
    await asyncio.sleep(0)
    return 5


async def main():
    t = asyncio.create_task(job())
    print(t.done())
    print(await t)
    print(t.done())


asyncio.run(main())
