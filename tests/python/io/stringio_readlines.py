# readlines returns the remaining lines
import io
s = io.StringIO("1\n2\n3\n")
s.readline()
print(s.readlines())
print(s.readlines())
