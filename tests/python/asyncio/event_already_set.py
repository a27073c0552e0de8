# waiting on an Event that is set returns at once
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait())


asyncio.run(main())
