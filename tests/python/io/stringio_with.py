# a StringIO is a context manager that closes itself
import io
with io.StringIO("data") as s:
    print(s.read())
try:
    s.read()
except ValueError:
    print("ValueError after close")
