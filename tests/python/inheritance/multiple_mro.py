# multiple inheritance: the diamond and C3 order of method lookup
class A:
    def f(self):
        return "A"

class B(A):
    def f(self):
        return "B"

class C(A):
    def f(self):
        return "C"

    def g(self):
        return "C.g"

class D(B, C):
    pass

d = D()
print(d.f(), d.g())
print(isinstance(d, C), issubclass(D, A))
