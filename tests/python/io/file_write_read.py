# write a text file, read it back whole
import _tmpdir
d = _tmpdir.make()
try:
    f = open(d + "/a.txt", "w")
    print(f.write("hello\n"))
    print(f.write("world\n"))
    f.close()
    f = open(d + "/a.txt")
    print(repr(f.read()))
    f.close()
finally:
    _tmpdir.remove(d)
