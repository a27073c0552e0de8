# gather, wait_for and wait_for_ms.

from . import core


def _as_task(aw):
    return aw if isinstance(aw, core.Task) else core.create_task(aw)


async def gather(*aws, return_exceptions=False):
    tasks = [_as_task(aw) for aw in aws]
    results = []
    for task in tasks:
        try:
            results.append(await task)
        except BaseException as e:
            if not task.done():
                # gather itself was cancelled: so are the tasks it waits for.
                for t in tasks:
                    t.cancel()
                raise
            if not return_exceptions:
                raise
            results.append(e)
    return results


async def _cancel_after(task, ms, state):
    await core.sleep_ms(ms)
    state[0] = True
    task.cancel()


async def wait_for_ms(aw, timeout):
    task = _as_task(aw)
    if timeout is None:
        return await task
    timed_out = [False]
    timer = core.create_task(_cancel_after(task, timeout, timed_out))
    try:
        return await task
    except core.CancelledError:
        if timed_out[0]:
            raise core.TimeoutError
        if not task.done():
            task.cancel()
        raise
    finally:
        if not timer.done():
            timer.cancel()


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else int(timeout * 1000))
