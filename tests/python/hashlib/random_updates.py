# Random-length inputs fed in random-length pieces give the same digest as fed at once.
import hashlib
from binascii import hexlify

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n

for name in ("sha256", "sha1", "md5"):
    for trial in range(6):
        length = rnd(300)
        data = bytes(rnd(256) for _ in range(length))
        whole = getattr(hashlib, name)(data).digest()
        h = getattr(hashlib, name)()
        pos = 0
        while pos < length:
            step = rnd(70) + 1
            h.update(data[pos:pos + step])
            pos += step
        print(name, length, hexlify(whole), h.digest() == whole)
