# stat: the mode's type bits and the size
import os, _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/f", "wb") as f:
        f.write(b"x" * 1234)
    st = os.stat(d + "/f")
    print(len(st), st[6], st[0] & 0xF000 == 0x8000)
    st = os.stat(d)
    print(st[0] & 0xF000 == 0x4000)
    print(st[8] > 1600000000)
    try:
        os.stat(d + "/none")
    except OSError as e:
        print("missing", e.errno)
finally:
    _tmpdir.remove(d)
