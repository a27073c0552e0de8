# iterating a StringIO gives its lines
import io
for line in io.StringIO("a\nbb\n\nccc"):
    print(repr(line))
print(list(io.StringIO("")))
print(list(io.StringIO("x\ny\n")))
