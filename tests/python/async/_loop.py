# A tiny event loop: coroutines are driven with send(None); a yielded value is a
# number of ticks to sleep.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks

def run(*coros):
    ready = [(0, i, c) for i, c in enumerate(coros)]
    results = [None] * len(coros)
    now = 0
    while ready:
        ready.sort()
        when, i, c = ready.pop(0)
        now = max(now, when)
        try:
            ticks = c.send(None)
        except StopIteration as e:
            results[i] = e.value
            continue
        ready.append((now + (ticks or 0), i, c))
    return results
