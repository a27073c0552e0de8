# binary files read and write bytes
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/b", "wb") as f:
        print(f.write(b"\x00\x01\x02\xff"))
        print(f.write(bytearray(b"ab")))
    with open(d + "/b", "rb") as f:
        data = f.read()
    print(data, len(data))
    with open(d + "/b", "rb") as f:
        print(f.read(2), f.read(1), f.read(100), f.read())
finally:
    _tmpdir.remove(d)
