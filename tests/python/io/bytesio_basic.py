# BytesIO: write, read, getvalue, tell
import io
b = io.BytesIO()
print(b.write(b"abc"))
print(b.write(bytearray(b"def")))
print(b.getvalue())
print(b.tell())
b.seek(1)
print(b.read(2))
print(b.read())
print(b.read())
