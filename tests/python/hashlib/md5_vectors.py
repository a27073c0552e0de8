# MD5 test suite from RFC 1321, appendix A.5.
import hashlib
from binascii import hexlify

for msg in (b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"):
    print(len(msg), hexlify(hashlib.md5(msg).digest()))
