# __iter__ written as a generator
class Tree:
    def __init__(self, *kids):
        self.kids = kids

    def __iter__(self):
        for k in self.kids:
            if isinstance(k, Tree):
                yield from k
            else:
                yield k

t = Tree(1, Tree(2, 3), Tree(Tree(4)), 5)
print(list(t), sum(t))
