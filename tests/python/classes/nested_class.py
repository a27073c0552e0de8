# a class defined inside another class and inside a function
class Outer:
    class Inner:
        val = 7

        def get(self):
            return self.val

    def make(self):
        return Outer.Inner()

print(Outer().make().get())

def factory(n):
    class Local:
        def value(self):
            return n
    return Local

print(factory(3)().value(), factory(4)().value())
