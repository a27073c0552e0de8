# a subclass __init__ calling the base __init__ explicitly
class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

c = Child(1, 2)
print(c.x, c.y)

class NoInit(Base):
    pass

print(NoInit(5).x)
