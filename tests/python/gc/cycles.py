# reference cycles become garbage once unreachable
class Node:
    def __init__(self, n):
        self.n = n
        self.other = None

total = 0
for i in range(3000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    ring = [a, b]
    ring.append(ring)
    total += a.other.n - b.other.n
print(total)
