# digest() leaves the object as it was: it can be digested again and fed more (CPython's
# behaviour; MicroPython's newest releases raise ValueError after digest()).
import hashlib
from binascii import hexlify

for name in ("sha256", "sha1", "md5"):
    h = getattr(hashlib, name)(b"ab")
    first = h.digest()
    print(name, first == h.digest())
    h.update(b"c")
    print(name, h.digest() == getattr(hashlib, name)(b"abc").digest(), hexlify(first))
