# Every message length from 0 to 140 (around the 55/56/64-byte padding edges), per algorithm:
# the digests are folded into one SHA-256 so the output stays short, plus a few printed whole.
import hashlib
from binascii import hexlify

for name in ("sha256", "sha1", "md5"):
    fold = hashlib.sha256()
    for n in range(141):
        d = getattr(hashlib, name)(bytes(i & 0xff for i in range(n))).digest()
        fold.update(d)
        if n in (55, 56, 63, 64, 65):
            print(name, n, hexlify(d))
    print(name, "all", hexlify(fold.digest()))
