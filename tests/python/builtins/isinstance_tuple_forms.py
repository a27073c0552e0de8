# isinstance/issubclass with tuples (nested too), built-in hierarchies and errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(3, (str, (bytes, int))))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(A, B), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OSError, Exception))
print(isinstance(ValueError(), Exception), isinstance(ValueError, type), issubclass(type, object))
print(isinstance(None, object), isinstance(int, object), isinstance(object, type), issubclass(int, object))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(set(), frozenset))
for f, a in [(isinstance, (1, 1)), (isinstance, (1, (str, 1))), (issubclass, (1, int)), (issubclass, (int, "x"))]:
    try:
        print(f(*a))
    except TypeError:
        print("TypeError")
