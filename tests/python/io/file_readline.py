# readline, readlines and iteration over a text file
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/lines", "w") as f:
        for i in range(5):
            f.write("line %d\n" % i)
        f.write("last")
    with open(d + "/lines") as f:
        print(repr(f.readline()))
        print(repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))
    with open(d + "/lines") as f:
        for line in f:
            print(line.rstrip())
finally:
    _tmpdir.remove(d)
