# readinto fills a bytearray and returns the count
import io
b = io.BytesIO(b"abcdef")
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
