# Heaps of str and of mixed int/float.
import heapq

words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(len(words))])
nums = [3.5, 1, 2.25, -7, 0.0, 10, -7.5]
heapq.heapify(nums)
print(nums)
print([heapq.heappop(nums) for _ in range(len(nums))])
