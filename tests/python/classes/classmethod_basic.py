# classmethod receives the class, also when called on an instance or subclass
class Shape:
    kind = "shape"

    @classmethod
    def make(cls, n):
        return cls.kind + str(n)

class Square(Shape):
    kind = "square"

print(Shape.make(1))
print(Square.make(2))
print(Square().make(3))
