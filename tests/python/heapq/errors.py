# Wrong argument types and an empty heap.
import heapq

for f, args in [(heapq.heappush, (1, 2)), (heapq.heappop, (5,)), (heapq.heapify, ((1, 2),)),
                (heapq.heappop, ([],)), (heapq.heappush, ("ab", 1))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    heapq.heappush([1, "a"], 2)
    h = [1, "a"]
    heapq.heappush(h, 0)
except TypeError as e:
    print("TypeError")
try:
    heapq.heappop()
except TypeError:
    print("TypeError no args")
