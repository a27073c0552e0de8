# BytesIO with initial bytes, and its lines
import io
b = io.BytesIO(b"line1\nline2\nend")
print(b.readline())
print(b.readlines())
print(io.BytesIO(bytearray(b"xy")).read())
print(io.BytesIO().getvalue())
