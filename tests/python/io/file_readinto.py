# readinto on a binary file
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/r", "wb") as f:
        f.write(b"abcdefgh")
    buf = bytearray(3)
    with open(d + "/r", "rb") as f:
        while True:
            n = f.readinto(buf)
            if n == 0:
                break
            print(n, bytes(buf[:n]))
finally:
    _tmpdir.remove(d)
