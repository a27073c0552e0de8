# isinstance/issubclass with tuples of types
class A: pass
class B: pass
class C(B): pass

print(isinstance(C(), (A, B)))
print(isinstance(A(), (B, C)))
print(isinstance(1, (str, int)))
print(isinstance("s", (int, float)))
print(issubclass(C, (A, B)))
print(issubclass(bool, (str, int)))
print(isinstance(3, ()))
