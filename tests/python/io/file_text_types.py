# a text file takes str, a binary one bytes
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/t", "w") as f:
        try:
            f.write(b"x")
        except TypeError:
            print("text needs str")
    with open(d + "/b", "wb") as f:
        try:
            f.write("x")
        except TypeError:
            print("binary needs bytes")
    print(type(open(d + "/t").read()).__name__, type(open(d + "/b", "rb").read()).__name__)
finally:
    _tmpdir.remove(d)
