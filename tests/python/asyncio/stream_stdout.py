# .exp: MicroPython's asyncio.StreamWriter wraps a stream object (sys.stdout) directly;
# CPython's needs a transport (it raises TypeError here and prints nothing).
import asyncio, sys


async def main(w):
    w.write("hello ")
    w.write("stream\n")
    await w.drain()
    await w.drain()
    print("drained")


try:
    writer = asyncio.StreamWriter(sys.stdout, {})
except TypeError:
    writer = None
if writer is not None:
    asyncio.run(main(writer))
