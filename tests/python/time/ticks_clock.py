# The tick counters: small non-negative ints that advance across a sleep. CPython has
# none: there the test counts from time.monotonic_ns() with MicroPython's period.
import time

PERIOD = 2**30
if hasattr(time, "ticks_ms"):
    ticks_ms, ticks_us, ticks_cpu, ticks_diff = time.ticks_ms, time.ticks_us, time.ticks_cpu, time.ticks_diff
    sleep_ms, sleep_us = time.sleep_ms, time.sleep_us
else:
    def ticks_ms():
        return time.monotonic_ns() // 1000000 % PERIOD

    def ticks_us():
        return time.monotonic_ns() // 1000 % PERIOD

    ticks_cpu = ticks_us

    def ticks_diff(end, start):
        return ((end - start + PERIOD // 2) % PERIOD) - PERIOD // 2

    def sleep_ms(ms):
        time.sleep(max(ms, 0) / 1000)

    def sleep_us(us):
        time.sleep(max(us, 0) / 1000000)

for f in (ticks_ms, ticks_us, ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t < PERIOD)
t0 = ticks_ms()
u0 = ticks_us()
sleep_ms(20)
sleep_us(5000)
sleep_ms(-5)
sleep_us(-5)
dt = ticks_diff(ticks_ms(), t0)
du = ticks_diff(ticks_us(), u0)
print(25 <= dt < 2000, 25000 <= du < 2000000)
