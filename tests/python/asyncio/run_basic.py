# asyncio.run returns the coroutine's value
import asyncio


async def main():
    print("in main")
    return 42


print(asyncio.run(main()))
