# binary arithmetic special methods on a 2-D vector
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __repr__(self):
        return "V(%d, %d)" % (self.x, self.y)

a = V(1, 2)
b = V(10, 20)
print(a + b, b - a, a * 3)
print(a + b * 2 - a)
