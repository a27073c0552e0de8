# bytes literals, length, indexing gives ints, slicing gives bytes
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b"abc"), b"" == bytes(), b"a" * 3, b"ab" + b"cd")
