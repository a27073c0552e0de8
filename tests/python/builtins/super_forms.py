# super(): zero-argument, two-argument, in __init__, classmethods and diamond hierarchies
class A:
    def hello(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make " + cls.__name__

class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()

class C(A):
    def hello(self):
        return "C>" + super().hello()

class D(B, C):
    def hello(self):
        return "D>" + super().hello()

print(D().hello(), B().hello(), C().hello())
print(D.make(), B.make())
print(super(B, D()).hello(), super(D, D()).hello())

class E(A):
    def hello(self):
        return "E>" + super(E, self).hello()
print(E().hello())

class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)

# super() reaches attributes of the next class, and data of object
class Named:
    label = "named"
class Sub(Named):
    label = "sub"
    def labels(self):
        return self.label, super().label
print(Sub().labels())

# super in a method that stores into self via an inherited setter
class Stack(list):
    def push(self, v):
        super().append(v)
        return len(self)
s = Stack()
print(s.push(4), s.push(5), s)
try:
    super(int, "x")
except TypeError:
    print("TypeError")
