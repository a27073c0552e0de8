# print(): sep, end, file, and None for the defaults
import sys
print(1, 2, 3, sep="-")
print(1, 2, 3, sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="!\n")
print(sep="*")
print()
print("to", "stdout", file=sys.stdout, sep=",")
print(*range(5), sep=", ", end=".\n")
print([1, "a"], (None,), {"k": 2.5}, sep=" | ")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("hello", 42, file=w, sep="/", end="#")
print("".join(w.parts))
print("a", "b", file=None)
for bad in ({"sep": 1}, {"end": 2}):
    try:
        print("z", **bad)
    except TypeError:
        print("TypeError")
