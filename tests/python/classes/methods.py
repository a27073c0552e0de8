# methods receive self; bound methods remember their instance
class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self

    def get(self):
        return self.total

a = Acc(3)
a.add(4).add(5)
print(a.get())
m = a.add
m(10)
print(a.get())
print(Acc.get(a))
f = Acc.add
f(a, 1)
print(a.total)
