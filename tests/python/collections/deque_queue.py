# A FIFO queue and a sliding window over many items (both ends used heavily).
from collections import deque

q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if i % 3 == 2:
        total += q.popleft()
print(len(q), total, q[0], q[-1])
w = deque([], 5)
sums = []
for i in range(20):
    w.append(i * i)
    sums.append(sum(w))
print(sums)
s = deque()
for i in range(100):
    s.appendleft(i)
    if i % 2:
        s.pop()
print(len(s), list(s)[:5], s[-1])
