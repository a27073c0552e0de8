# mktime reads the tuple as UTC (Pyxis has no time zone), so it is calendar.timegm's
# inverse of gmtime; CPython's mktime is local time, so there the test uses timegm.
import time

if hasattr(time, "ticks_ms"):
    mktime = time.mktime
else:
    import calendar

    def mktime(t):
        return calendar.timegm(tuple(t))

for secs in (0, 86399, 951782400, 1700000000, 2147483648, 4102444800, -86400, -2208988800):
    t = time.gmtime(secs)
    back = mktime(tuple(t)[:8] + (0,))
    print(secs, back, type(back).__name__, back == secs)
print(mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), mktime((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(mktime([1999, 12, 31, 23, 59, 59, 0, 0, 0]))
