# a Lock lets one task at a time into the critical section
import asyncio


async def worker(lock, name):
    async with lock:
        print(name, "in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(name, "out")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, "a"), worker(lock, "b"), worker(lock, "c"))
    print(lock.locked())


asyncio.run(main())
