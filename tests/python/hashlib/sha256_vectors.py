# SHA-256 test vectors from FIPS 180-4's examples (and NIST's CSRC example values).
import hashlib
from binascii import hexlify

for msg in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnomnopnopq",
            b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"):
    print(len(msg), hexlify(hashlib.sha256(msg).digest()))
