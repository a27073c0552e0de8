class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def depth(self):
        return 1 if self.nxt is None else 1 + self.nxt.depth()
n = None
for i in range(40):
    n = Node(n)
print(n.depth())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RuntimeError:
    print("caught")
