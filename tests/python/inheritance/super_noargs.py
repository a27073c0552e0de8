# super() without arguments in methods and __init__
class A:
    def __init__(self):
        self.log = ["A"]

    def hello(self):
        return "A.hello"

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")

    def hello(self):
        return "B+" + super().hello()

b = B()
print(b.log, b.hello())
