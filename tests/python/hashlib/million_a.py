# The FIPS 180-4 / RFC long-message vector: one million 'a's, fed in chunks.
import hashlib
from binascii import hexlify

chunk = b"a" * 1000
for name in ("sha256", "sha1", "md5"):
    h = getattr(hashlib, name)()
    for _ in range(1000):
        h.update(chunk)
    print(name, hexlify(h.digest()))
