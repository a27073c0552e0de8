# a task catches its own exception and carries on
import asyncio


async def careful():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print("ok", i)
        except ValueError as e:
            print("handled", e)
        await asyncio.sleep(0)
    return "finished"


async def main():
    print(await asyncio.create_task(careful()))


asyncio.run(main())
