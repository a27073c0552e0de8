# update() and the constructors take any bytes-like object; str is a TypeError.
import hashlib
from binascii import hexlify

ref = hashlib.sha256(b"hello world").digest()
print(hashlib.sha256(bytearray(b"hello world")).digest() == ref)
print(hashlib.sha256(memoryview(b"hello world")).digest() == ref)
h = hashlib.sha256(b"hello")
h.update(bytearray(b" "))
h.update(memoryview(b"xworldx")[1:6])
print(h.digest() == ref)
for bad in ("text", 5, None):
    try:
        hashlib.sha256(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
    try:
        hashlib.md5().update(bad)
    except TypeError:
        print("TypeError update", type(bad).__name__)
print(hexlify(ref))
