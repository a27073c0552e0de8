# deque: append, appendleft, pop, popleft, len, bool, iteration, repr.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), list(d))
print(d.pop(), d.popleft(), d)
for x in d:
    print("item", x)
print(deque([1, 2, 3]), deque("abc"), deque(range(5)), deque((i * i for i in range(4))))
