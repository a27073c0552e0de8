# Items compared with a user __lt__ (heapq uses only <).
import heapq

class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return "Task(%d, %s)" % (self.pri, self.name)

h = []
for p, n in [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c")]:
    heapq.heappush(h, Task(p, n))
print(h)
print([heapq.heappop(h).name for _ in range(5)])
