# an empty file reads as '' and has no lines
import _tmpdir
d = _tmpdir.make()
try:
    open(d + "/e", "w").close()
    with open(d + "/e") as f:
        print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
    with open(d + "/e", "rb") as f:
        print(f.read())
finally:
    _tmpdir.remove(d)
