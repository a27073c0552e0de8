# writing past the end pads with zero bytes
import io
b = io.BytesIO(b"ab")
b.seek(5)
b.write(b"z")
print(b.getvalue())
