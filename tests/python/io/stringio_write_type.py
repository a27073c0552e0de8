# StringIO.write takes str only
import io
s = io.StringIO()
try:
    s.write(b"bytes")
except TypeError:
    print("TypeError")
print(s.write(""))
print(repr(s.getvalue()))
