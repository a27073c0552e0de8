# iterating a BytesIO gives bytes lines
import io
for line in io.BytesIO(b"a\nb\n"):
    print(line)
