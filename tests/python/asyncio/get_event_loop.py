# the loop object: run_until_complete on a coroutine
import asyncio


async def main():
    return "loop result"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
