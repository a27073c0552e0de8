# flush writes through; what was written is visible to another reader
import _tmpdir
d = _tmpdir.make()
try:
    w = open(d + "/f", "w")
    w.write("abc")
    w.flush()
    with open(d + "/f") as r:
        print(r.read())
    w.close()
finally:
    _tmpdir.remove(d)
