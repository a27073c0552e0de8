# __new__ creates the instance; __init__ runs only on instances of the class
class Single:
    made = None

    def __new__(cls, v):
        if Single.made is None:
            Single.made = object.__new__(cls)
        return Single.made

    def __init__(self, v):
        self.v = v

a = Single(1)
b = Single(2)
print(a is b, a.v, b.v)

class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")

print(Other())
