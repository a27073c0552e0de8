# Method calls on classes: attribute access, inheritance, super() and special methods.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self


class LimitedCounter(Counter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def bump(self, k):
        super().bump(k)
        if self.n > self.limit:
            self.n -= self.limit
        return self


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() * 2 + self.sides()


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3


total = 0
v = Vector(0, 0)
c = LimitedCounter(1000)
shapes = [Square(i % 7) if i % 2 else Tri(i % 5, i % 3) for i in range(50)]
for i in range(3000):
    w = Vector(i % 13, i % 7)
    v = v.add(w.scaled(2))
    total += v.dot(w) % 1009
    c.bump(i % 17).bump(1)
    total += shapes[i % 50].describe()
print("methods", total, v.x, v.y, c.n)
