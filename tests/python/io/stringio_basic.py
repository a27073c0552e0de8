# StringIO: write, getvalue, seek, read
import io
s = io.StringIO()
print(s.write("hello"))
print(s.write(" world"))
print(s.getvalue())
print(s.tell())
s.seek(0)
print(s.read())
s.seek(6)
print(s.read(3))
print(s.read())
print(repr(s.read()))
