# both sides returning NotImplemented gives TypeError
class A:
    def __add__(self, o):
        return NotImplemented

class B:
    def __radd__(self, o):
        return NotImplemented

try:
    A() + B()
except TypeError:
    print("TypeError")
try:
    A() + 1
except TypeError:
    print("TypeError")
try:
    1 + B()
except TypeError:
    print("TypeError")
