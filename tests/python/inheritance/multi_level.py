# three levels of inheritance
class A:
    def who(self):
        return "A"

    def base_only(self):
        return "base"

class B(A):
    def who(self):
        return "B"

class C(B):
    pass

c = C()
print(c.who(), c.base_only())
print(isinstance(c, A), isinstance(c, B), isinstance(c, C))
print(issubclass(C, A), issubclass(A, C))
