# print(..., file=StringIO)
import io
s = io.StringIO()
print("a", 1, [2], file=s)
print("b", end="", file=s)
print(repr(s.getvalue()))
