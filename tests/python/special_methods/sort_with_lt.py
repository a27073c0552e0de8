# sorted() uses __lt__; min uses __lt__ and max uses __gt__
class Item:
    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        return self.k < o.k

    def __gt__(self, o):
        return self.k > o.k

    def __repr__(self):
        return "I%d" % self.k

xs = [Item(3), Item(1), Item(2)]
print(sorted(xs))
print(min(xs), max(xs))
xs.sort(reverse=True)
print(xs)
