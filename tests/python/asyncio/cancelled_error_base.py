# CancelledError is a BaseException, not an Exception
import asyncio
print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
