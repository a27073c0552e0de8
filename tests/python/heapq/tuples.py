# Priority queue of tuples: ties broken by the second item.
import heapq

q = []
heapq.heappush(q, (2, "write"))
heapq.heappush(q, (1, "read"))
heapq.heappush(q, (3, "close"))
heapq.heappush(q, (1, "open"))
heapq.heappush(q, (2, "flush"))
print(q)
while q:
    print(heapq.heappop(q))
