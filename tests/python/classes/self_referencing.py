# objects referring to one another (a linked list)
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

head = None
for i in range(5):
    head = Node(i, head)

out = []
n = head
while n is not None:
    out.append(n.v)
    n = n.nxt
print(out)
