# bytes-like subjects (bytearray, memoryview) give bytes groups and pieces.
import re

print(re.sub(b"b", lambda m: b"-", bytearray(b"abcabc")))
print(re.split(b"b", bytearray(b"abcbd")))
print(re.search(b"c", memoryview(b"abc")).span())
print(re.search(b"(c)", bytearray(b"abc")).group(1))
print(re.match(b"a", bytearray(b"ab")).string)
