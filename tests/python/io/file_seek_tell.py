# seek and tell on a binary file
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/s", "wb") as f:
        f.write(b"0123456789")
        print(f.tell())
    with open(d + "/s", "rb") as f:
        print(f.seek(4))
        print(f.read(2), f.tell())
        print(f.seek(-3, 2), f.read())
        print(f.seek(1, 0), f.seek(2, 1), f.read(1))
finally:
    _tmpdir.remove(d)
