# Indexing (get and set, negative indices) and its errors.
from collections import deque

d = deque(range(5))
d.appendleft("L")
print(d[0], d[1], d[-1], d[-6], d[5])
d[0] = "first"
d[-1] = "last"
print(d)
for i in [6, -7, 100]:
    try:
        d[i]
    except IndexError as e:
        print("IndexError", e)
try:
    d[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    d["a"]
except TypeError:
    print("TypeError")
