# reading a write-only file, writing a read-only one
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/w", "w") as f:
        try:
            f.read()
        except OSError:
            print("not readable")
    with open(d + "/w") as f:
        try:
            f.write("x")
        except OSError:
            print("not writable")
finally:
    _tmpdir.remove(d)
