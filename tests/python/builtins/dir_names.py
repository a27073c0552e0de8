# dir() of a class includes its methods and inherited attributes
class A:
    def m(self):
        pass

class B(A):
    z = 1

names = dir(B())
print("m" in names, "z" in names, "nope" in names)
