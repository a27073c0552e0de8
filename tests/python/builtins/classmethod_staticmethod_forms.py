# classmethod and staticmethod through the class, instances and subclasses
class Shape:
    count = 0
    def __init__(self, n):
        self.n = n
    @classmethod
    def make(cls, n):
        cls.count += 1
        return cls(n)
    @staticmethod
    def area(a, b=2):
        return a * b
    def describe(self):
        return type(self).__name__ + str(self.n)

class Square(Shape):
    pass

print(Shape.make(1).describe(), Square.make(2).describe(), Square().make(3).describe() if False else "")
print(Shape.count, Square.count)
print(Shape.area(3), Shape(0).area(3, 4), Square.area(a=5), Square(1).area(1, b=9))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class T:
    length = sm
    name = cm
print(T.length("abc"), T().length([1]), T.name(), T().name())
print(type(Shape.__dict__["area"]).__name__, type(Shape.__dict__["make"]).__name__)
print(callable(Shape.make), callable(Shape.area))
# a classmethod called on an instance still gets the class
s = Square(5)
print(s.make(6).describe(), type(s.make(7)) is Square)
