# time() is a float of seconds and time_ns() an int of nanoseconds since 1970; sleep()
# takes ints and floats and rejects negative lengths.
import time

t = time.time()
n = time.time_ns()
print(type(t).__name__, type(n).__name__, t > 1.7e9, n > 1700000000 * 10**9)
print(abs(n / 1e9 - t) < 5)
time.sleep(0)
time.sleep(0.002)
time.sleep(False)
try:
    time.sleep(-1)
except ValueError:
    print("ValueError")
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
