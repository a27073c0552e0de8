# tasks start in the order they were created, when the creator yields
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n)) for n in "abc"]
    print("created")
    for t in tasks:
        print("result", await t)


asyncio.run(main())
