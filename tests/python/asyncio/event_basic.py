# tasks waiting on an Event run when it is set
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    for t in tasks:
        await t
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
