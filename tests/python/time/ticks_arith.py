# ticks_add / ticks_diff wrap-around arithmetic. CPython has no ticks: there the test
# uses MicroPython's definitions (TICKS_PERIOD 2**30, extmod/modtime.c), so both agree.
import time

PERIOD = 2**30
if hasattr(time, "ticks_add"):
    ticks_add = time.ticks_add
    ticks_diff = time.ticks_diff
else:
    def ticks_add(t, d):
        if not -PERIOD // 2 < d < PERIOD // 2:
            raise OverflowError("ticks interval overflow")
        return (t + d) % PERIOD

    def ticks_diff(end, start):
        return ((end - start + PERIOD // 2) % PERIOD) - PERIOD // 2

print(ticks_add(0, 1), ticks_add(0, -1), ticks_add(PERIOD - 1, 1), ticks_add(PERIOD - 1, 2))
print(ticks_add(100, PERIOD // 2 - 1), ticks_add(100, -(PERIOD // 2) + 1))
print(ticks_diff(5, 10), ticks_diff(10, 5), ticks_diff(0, PERIOD - 1), ticks_diff(PERIOD - 1, 0))
print(ticks_diff(PERIOD // 2, 0), ticks_diff(0, PERIOD // 2), ticks_diff(PERIOD // 2 - 1, 0))
for t in (0, 1, 12345, PERIOD - 1, PERIOD // 2):
    for d in (0, 1, -1, 1000, -1000, PERIOD // 2 - 1, -(PERIOD // 2) + 1):
        assert ticks_diff(ticks_add(t, d), t) == d, (t, d)
        assert ticks_diff(t, ticks_add(t, d)) == -d, (t, d)
print("round trips ok")
for d in (PERIOD // 2, -(PERIOD // 2), PERIOD):
    try:
        ticks_add(0, d)
    except OverflowError:
        print("OverflowError", d)
