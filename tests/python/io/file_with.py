# files as context managers close themselves
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/f", "w") as f:
        f.write("abc")
    try:
        f.write("x")
    except ValueError:
        print("closed")
    with open(d + "/f") as f:
        print(f.read())
finally:
    _tmpdir.remove(d)
