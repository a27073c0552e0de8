# digest() gives bytes of the algorithm's size.
import hashlib

for name, size in (("sha256", 32), ("sha1", 20), ("md5", 16)):
    d = getattr(hashlib, name)(b"x").digest()
    print(name, type(d).__name__, len(d) == size)
print(hashlib.sha256().digest()[:4])
print(hashlib.md5().digest()[-4:])
