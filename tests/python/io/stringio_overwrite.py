# writing in the middle overwrites; writing at the end extends
import io
s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(s.getvalue())
s.seek(0)
s.write("J")
print(s.getvalue())
s.seek(0, 2)
s.write("!")
print(s.getvalue())
