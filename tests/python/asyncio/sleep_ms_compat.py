# MicroPython's sleep_ms; CPython has only sleep (seconds)
import asyncio


async def main():
    if hasattr(asyncio, "sleep_ms"):
        await asyncio.sleep_ms(10)
    else:
        await asyncio.sleep(0.01)
    print("slept")


asyncio.run(main())
