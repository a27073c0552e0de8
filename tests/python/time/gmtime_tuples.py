# gmtime/localtime give MicroPython's 8-tuple (year, month, mday, hour, minute, second,
# weekday, yearday); CPython's struct_time starts with the same 8 fields. localtime is
# compared in UTC only (Pyxis has no time zone): TZ is set for CPython.
import time

if hasattr(time, "tzset"):
    import os

    os.environ["TZ"] = "UTC"
    time.tzset()

for secs in (0, 1, 59, 86399, 86400, 951782400, 951868800, 1700000000, 2147483647, 2147483648,
             4102444800, 253402300799, -1, -86400, -2208988800, 1709164800.75):
    print(secs, tuple(time.gmtime(secs))[:8])
print(tuple(time.localtime(1234567890))[:8])
now = time.gmtime()
print(len(tuple(now)) >= 8, now[0] >= 2024, 1 <= now[1] <= 12)
