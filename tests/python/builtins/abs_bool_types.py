# abs() and bool() over every numeric type and user classes
print(abs(-5), abs(5), abs(-2**70), abs(-0.0), abs(-1.5), abs(3 + 4j), abs(True), abs(False))
print(abs(float("-inf")), abs(-(2**31)), abs(-(2**30)), type(abs(True)).__name__)
class Neg:
    def __abs__(self):
        return "absolute"
print(abs(Neg()))
try:
    abs("x")
except TypeError:
    print("TypeError")
print([bool(v) for v in (0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", b"", b"\0", [], [0], (), {}, {0: 0}, set(), range(0), range(1), None)])
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 2
print(bool(Falsy()), bool(Empty()), bool(Full()), bool(object()), bool(bool), not Empty())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
print(bool(), bool(x=1) if False else bool(1), True + True, True * 3, -True, ~False)
