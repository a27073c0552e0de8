# seek from the start, the current position and the end
import io
s = io.BytesIO(b"0123456789")
print(s.seek(3))
print(s.seek(2, 1))
print(s.read(1))
print(s.seek(-3, 2))
print(s.read())
print(s.seek(0, 2))
print(s.read())
print(s.seek(-2, 1), s.tell())
