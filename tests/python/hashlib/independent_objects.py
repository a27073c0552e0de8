# Hash objects keep their own state.
import hashlib
from binascii import hexlify

a = hashlib.sha1()
b = hashlib.sha1()
for i in range(20):
    a.update(bytes([i]))
    if i % 2:
        b.update(bytes([i]))
print(hexlify(a.digest()))
print(hexlify(b.digest()))
hs = [hashlib.md5(bytes([i]) * i) for i in range(5)]
for h in hs:
    print(hexlify(h.digest()))
