# StringIO with an initial value starts at position 0
import io
s = io.StringIO("abc\ndef\n")
print(s.tell())
print(repr(s.readline()))
print(repr(s.read()))
s = io.StringIO("xyz")
s.write("A")
print(s.getvalue())
