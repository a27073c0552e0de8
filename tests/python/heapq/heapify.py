# heapify rearranges in place exactly as CPython's (same list element for element).
import heapq

for data in [[], [1], [2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
             list(range(20, 0, -3)), [5, 5, 5, 1, 1, 1]]:
    h = list(data)
    r = heapq.heapify(h)
    print(r, h)
