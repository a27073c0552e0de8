# functions in a class and bound methods
class A:
    def f(self):
        return "f"

a = A()
print(a.f())
print(a.f() == A.f(a))
print(callable(a.f))
print(type(A.f).__name__)
