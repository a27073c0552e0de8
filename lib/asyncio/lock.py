# asyncio.Lock: one task holds it; the others wait in turn. release() hands the lock to
# the first waiting task directly, so no newcomer can take it in between.

from . import core


class Lock:
    def __init__(self):
        self.owner = None  # the task holding it (or None)
        self.held = False
        self.waiting = core._Waiting()

    def locked(self):
        return self.held

    def release(self):
        if not self.held:
            raise RuntimeError("Lock not acquired")
        if self.waiting:
            self.owner = self.waiting.wake_first()
        else:
            self.held = False
            self.owner = None

    def acquire(self):
        if self.held:
            self.waiting.add(core._cur_task)
            try:
                yield
            except core.CancelledError:
                # Cancelled after the lock was handed over: pass it on.
                if self.owner is core._cur_task:
                    self.release()
                raise
        else:
            self.held = True
            self.owner = core._cur_task
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
