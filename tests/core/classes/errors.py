# Errors of the object protocol, with CPython's messages.
class A:
    pass
class B(A):
    pass
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: (1).missing)
show(lambda: A(1))
show(lambda: None())
show(lambda: 5[0])
show(lambda: len(5))
show(lambda: A() + 1)
show(lambda: A() < A())
show(lambda: type("C", (A, B), {}))
show(lambda: type("C", (A, A), {}))
show(lambda: type("C", (bool,), {}))
show(lambda: type("C", (list, dict), {}))
show(lambda: isinstance(1, 2))
show(lambda: next(iter([])))
show(lambda: min([]))
show(lambda: hash([]))
class I:
    def __init__(self):
        return 1
show(lambda: I())
class H:
    def __eq__(self, o):
        return True
show(lambda: hash(H()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), isinstance(B(), (int, A)))
print([c.__name__ for c in type("D", (B, A), {}).__mro__])
