# A heap sort of pseudo-random data matches sorted(), and intermediate heaps match CPython's.
import heapq

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % 1000

data = [rnd() for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20])
heapq.heapify(data)
print(data[:20])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(out), out[:10], out[-5:])
