# a task cancelled while waiting for a lock does not get it
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(0.05)
        log.append("holder out")


async def waiter(lock, log):
    try:
        async with lock:
            log.append("waiter in")
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock, log))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        pass
    await h
    print(log, lock.locked())


asyncio.run(main())
