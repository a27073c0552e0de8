# readline with and without a size, at the end, and lines without a final newline
import io
s = io.StringIO("one\ntwo\nthree")
print(repr(s.readline()))
print(repr(s.readline(2)))
print(repr(s.readline()))
print(repr(s.readline()))
print(repr(s.readline()))
