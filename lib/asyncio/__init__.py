# asyncio, as MicroPython ships it (its extmod/asyncio API), frozen into every build
# from lib/ (scripts/build/frozen.ts). The tasks and the loop are in core.

from .core import (
    CancelledError, TimeoutError, Task, Loop, create_task, current_task, sleep, sleep_ms, run,
    run_until_complete, get_event_loop, new_event_loop,
)
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .funcs import gather, wait_for, wait_for_ms
from .stream import Stream, StreamReader, StreamWriter
