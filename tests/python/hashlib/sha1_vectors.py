# SHA-1 test vectors from FIPS 180-4's examples.
import hashlib
from binascii import hexlify

for msg in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnomnopnopq",
            b"The quick brown fox jumps over the lazy dog"):
    print(len(msg), hexlify(hashlib.sha1(msg).digest()))
