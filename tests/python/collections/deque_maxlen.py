# maxlen: appending to a full deque drops from the other end.
from collections import deque

d = deque([], 3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
for i in range(10, 13):
    d.appendleft(i)
    print(d)
print(deque(range(10), 4), deque(range(10), maxlen=2), deque(maxlen=0), deque().maxlen)
z = deque((), 0)
z.append(1)
z.appendleft(2)
print(z, len(z))
try:
    deque((), -1)
except ValueError as e:
    print("ValueError", e)
