# sleepers wake in the order of their wake times
import asyncio


async def sleeper(name, t, out):
    await asyncio.sleep(t)
    out.append(name)


async def main():
    out = []
    await asyncio.gather(sleeper("slow", 0.3, out), sleeper("fast", 0.05, out), sleeper("mid", 0.15, out))
    print(out)


asyncio.run(main())
