# print(..., file=f) writes to a file
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/p", "w") as f:
        print("x", 1, 2.5, file=f)
        print("y", file=f, end="!")
    with open(d + "/p") as f:
        print(repr(f.read()))
finally:
    _tmpdir.remove(d)
