# An unorderable item raises TypeError; the heap keeps all its items.
import heapq

h = [1, 2, 3]
try:
    heapq.heappush(h, "x")
except TypeError:
    print("TypeError")
print(len(h), sorted(h[:3]))
h = [None, None]
try:
    heapq.heapify(h)
except TypeError:
    print("TypeError heapify")
print(h)
