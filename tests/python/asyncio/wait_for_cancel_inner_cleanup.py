# on timeout the inner task's cleanup runs before TimeoutError reaches the caller
import asyncio


async def inner(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("inner cleanup")


async def main():
    log = []
    try:
        await asyncio.wait_for(inner(log), 0.02)
    except asyncio.TimeoutError:
        log.append("timeout")
    print(log)


asyncio.run(main())
