# Popping from an empty deque is IndexError with CPython's message.
from collections import deque

d = deque()
for f in [d.pop, d.popleft]:
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
d.append(1)
print(d.popleft())
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque()[0]
except IndexError as e:
    print("IndexError", e)
