# Equal items and negative numbers; pop until empty.
import heapq

h = [4, -1, 4, -1, 0, 0, 4, -3, 2, 2]
heapq.heapify(h)
print(h)
r = []
while h:
    r.append(heapq.heappop(h))
print(r)
heapq.heappush(h, 7)
print(heapq.heappop(h), h)
