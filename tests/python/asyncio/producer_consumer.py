# a producer and a consumer handing items over through an Event
import asyncio


async def main():
    items = []
    ready = asyncio.Event()
    done = []

    async def producer():
        for i in range(3):
            items.append(i)
            ready.set()
            await asyncio.sleep(0)

    async def consumer():
        while len(done) < 3:
            await ready.wait()
            ready.clear()
            while items:
                done.append(items.pop(0))
                print("got", done[-1])

    await asyncio.gather(producer(), consumer())
    print(done)


asyncio.run(main())
