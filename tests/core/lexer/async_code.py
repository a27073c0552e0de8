import asyncio

async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()

async def main():
    async for item in aiter():
        print(item)
    result = [await x async for x in gen() if x]
    tasks = {asyncio.create_task(fetch(s, u)) for u in urls}
    await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
