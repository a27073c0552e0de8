# in, equality, list()/tuple() and the reversed order of a deque used as a stack.
from collections import deque

d = deque([1, 2, 3])
print(2 in d, 5 in d, d == deque([1, 2, 3]), d == deque([3, 2, 1]), d != deque(), list(d), tuple(d))
stack = deque()
for c in "hello":
    stack.append(c)
print("".join(stack.pop() for _ in range(len(stack))))
print(sum(deque([1.5, 2.5])), max(deque("xyz")), sorted(deque([3, 1, 2])))
