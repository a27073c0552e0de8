# asyncio.Event: tasks wait until it is set.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core._Waiting()

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        self.waiting.wake_all()

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self.waiting.add(core._cur_task)
            yield
        return True


class ThreadSafeFlag:
    # MicroPython's flag set from an interrupt; here, from any code: a one-shot Event.
    def __init__(self):
        self.event = Event()

    def set(self):
        self.event.set()

    def clear(self):
        self.event.clear()

    def wait(self):
        yield from self.event.wait()
        self.event.clear()
