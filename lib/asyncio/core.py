# asyncio's core, as MicroPython ships it: tasks, the run queue and the loop that drives
# them. A task is a coroutine plus what to send into it next; the loop takes the task
# whose wake time has come, resumes its coroutine, and the awaitable the coroutine stops
# at decides where the task waits: back in the run queue at a time (sleep), on another
# task, an event or a lock (their waiting lists), or on a stream (the I/O poller).

from time import ticks_ms, ticks_diff, ticks_add
import select


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# ---- where a task waits ----


class _Waiting:
    # Tasks that wait for something (an event, a lock, another task), in arrival order.
    def __init__(self):
        self.tasks = []

    def add(self, task):
        self.tasks.append(task)
        task.queue = self

    def remove(self, task):
        self.tasks.remove(task)
        task.queue = None

    def wake_all(self):
        while self.tasks:
            _queue.push(self.tasks.pop(0))

    def wake_first(self):
        task = self.tasks.pop(0)
        _queue.push(task)
        return task

    def __bool__(self):
        return len(self.tasks) > 0


class _RunQueue:
    # Tasks to run: those ready now, first come first served, and sleepers by wake time
    # (ticks_ms), earliest first. As in CPython's loop, the loop runs in rounds: each
    # round first moves the sleepers whose time has come behind the ready tasks, then
    # runs the tasks ready at its start; tasks made ready meanwhile wait for the next.
    def __init__(self):
        self.ready = []
        self.sleeping = []

    def push(self, task, at=None):
        task.queue = self
        if at is None:
            self.ready.append(task)
            return
        task.wake = at
        sleeping = self.sleeping
        i = len(sleeping)
        while i > 0 and ticks_diff(sleeping[i - 1].wake, at) > 0:
            i -= 1
        sleeping.insert(i, task)

    def wake_due(self):
        # Move the sleepers whose time has come to the ready tasks; the ms until the
        # next one is due (-1: none sleeps).
        sleeping = self.sleeping
        now = ticks_ms()
        while sleeping and ticks_diff(sleeping[0].wake, now) <= 0:
            self.ready.append(sleeping.pop(0))
        return max(0, ticks_diff(sleeping[0].wake, now)) if sleeping else -1

    def pop(self):
        task = self.ready.pop(0)
        task.queue = None
        return task

    def remove(self, task):
        if task in self.ready:
            self.ready.remove(task)
        else:
            self.sleeping.remove(task)
        task.queue = None


class _IOQueue:
    # Tasks waiting for a stream to be readable or writable, through select.poll.
    def __init__(self):
        self.poller = select.poll()
        self.waiting = {}  # id(stream) -> [stream, reader task, writer task]

    def _enqueue(self, stream, index):
        key = id(stream)
        entry = self.waiting.get(key)
        if entry is None:
            entry = [stream, None, None]
            self.waiting[key] = entry
        entry[index] = _cur_task
        self._register(entry)
        _cur_task.queue = self

    def _register(self, entry):
        mask = (select.POLLIN if entry[1] is not None else 0) | (select.POLLOUT if entry[2] is not None else 0)
        if mask:
            self.poller.register(entry[0], mask)
        else:
            self.poller.unregister(entry[0])
            del self.waiting[id(entry[0])]

    def queue_read(self, stream):
        self._enqueue(stream, 1)

    def queue_write(self, stream):
        self._enqueue(stream, 2)

    def remove(self, task):
        for entry in list(self.waiting.values()):
            for index in (1, 2):
                if entry[index] is task:
                    entry[index] = None
                    self._register(entry)
        task.queue = None

    def __bool__(self):
        return len(self.waiting) > 0

    def wait(self, timeout_ms):
        # Wait up to timeout_ms (-1: no limit) for a stream; queue the tasks it wakes.
        for stream, events in self.poller.poll(timeout_ms):
            entry = self.waiting.get(id(stream))
            if entry is None:
                continue
            for index, bits in ((1, select.POLLIN), (2, select.POLLOUT)):
                task = entry[index]
                if task is not None and events & (bits | select.POLLERR | select.POLLHUP):
                    entry[index] = None
                    _queue.push(task)
            self._register(entry)


# ---- tasks ----


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.data = None  # what to send into the coroutine next, or an exception to throw
        self.queue = None  # where the task waits now
        self.wake = 0
        self.finished = False
        self.value = None
        self.error = None
        self.awaited = _Waiting()  # tasks awaiting this one

    def done(self):
        return self.finished

    def cancel(self):
        if self.finished:
            return False
        if self is _cur_task:
            raise RuntimeError("can't cancel self")
        if self.queue is not None:
            self.queue.remove(self)
        self.data = CancelledError()
        _queue.push(self)
        return True

    def cancelled(self):
        return self.finished and isinstance(self.error, CancelledError)

    def result(self):
        if not self.finished:
            raise RuntimeError("result is not set")
        if self.error is not None:
            raise self.error
        return self.value

    def exception(self):
        if not self.finished:
            raise RuntimeError("exception is not set")
        return self.error

    def __await__(self):
        if not self.finished:
            self.awaited.add(_cur_task)
            yield
        if self.error is not None:
            raise self.error
        return self.value

    __iter__ = __await__

    def _finish(self, value, error):
        self.finished = True
        self.value = value
        self.error = error
        self.awaited.wake_all()


def _sleep_until(at):
    _queue.push(_cur_task, at)
    yield


def _yield_now():
    _queue.push(_cur_task)
    yield


def sleep_ms(t):
    t = int(t)
    return _sleep_until(ticks_add(ticks_ms(), t)) if t > 0 else _yield_now()


def sleep(t):
    return sleep_ms(t * 1000)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    task = Task(coro)
    _queue.push(task)
    return task


def current_task():
    if _cur_task is None:
        raise RuntimeError("no running event loop")
    return _cur_task


# ---- the loop ----


def _run_one(task):
    global _cur_task
    _cur_task = task
    data = task.data
    task.data = None
    try:
        if isinstance(data, BaseException):
            task.coro.throw(data)
        else:
            task.coro.send(data)
    except StopIteration as e:
        task._finish(e.value, None)
    except (KeyboardInterrupt, SystemExit):
        _cur_task = None
        raise
    except BaseException as e:
        # Kept for whoever awaits the task (a task no one awaits loses it, silently).
        task._finish(None, e)
    _cur_task = None


def run_until_complete(main_task=None):
    global _main_task
    _main_task = main_task
    while True:
        wait = _queue.wake_due()
        if _io:
            _io.wait(0 if _queue.ready else wait)
        elif not _queue.ready:
            if wait < 0:
                return  # nothing left to run
            select.poll().poll(wait)
        for _ in range(len(_queue.ready)):
            _run_one(_queue.pop())
            if main_task is not None and main_task.finished:
                return


def run(coro):
    task = create_task(coro)
    run_until_complete(task)
    return task.result()


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        run_until_complete()

    def run_until_complete(self, aw):
        task = aw if isinstance(aw, Task) else create_task(aw)
        run_until_complete(task)
        return task.result()

    def stop(self):
        pass

    def close(self):
        pass


def get_event_loop(runq_len=0, waitq_len=0):
    return _loop


def new_event_loop():
    global _queue, _io, _cur_task
    _queue = _RunQueue()
    _io = _IOQueue()
    _cur_task = None
    return _loop


_loop = Loop()
_main_task = None
new_event_loop()
