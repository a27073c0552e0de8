# extend, extendleft (reversed insertion), extend with itself, clear.
from collections import deque

d = deque([1])
d.extend([2, 3])
d.extend(range(4, 6))
print(d)
d.extendleft([0, -1, -2])
print(d)
d.extend(d)
print(d, len(d))
m = deque([], 4)
m.extend(range(10))
print(m)
m.extendleft("ab")
print(m)
d.clear()
print(d, len(d))
