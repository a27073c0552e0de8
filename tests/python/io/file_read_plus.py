# 'r+' reads and writes the same file; 'w+' truncates first
import _tmpdir
d = _tmpdir.make()
try:
    p = d + "/rw"
    with open(p, "w") as f:
        f.write("abcdef")
    with open(p, "r+") as f:
        print(f.read(2))
        f.seek(2)
        f.write("XY")
    with open(p) as f:
        print(f.read())
    with open(p, "w+") as f:
        print(repr(f.read()))
        f.write("new")
        f.seek(0)
        print(f.read())
finally:
    _tmpdir.remove(d)
