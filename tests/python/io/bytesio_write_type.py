# BytesIO.write needs a bytes-like object
import io
b = io.BytesIO()
try:
    b.write("text")
except TypeError:
    print("TypeError")
print(b.write(memoryview(b"mv")))
print(b.getvalue())
