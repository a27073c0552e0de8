# Big ints and large heaps.
import heapq

h = []
for i in range(50):
    heapq.heappush(h, (i * 7919 % 101) * 10 ** 20 - i)
print(h[:8])
print([heapq.heappop(h) for _ in range(5)])
print(len(h))
