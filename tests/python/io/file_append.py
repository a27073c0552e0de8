# mode 'a' appends to what is there
import _tmpdir
d = _tmpdir.make()
try:
    p = d + "/log"
    with open(p, "w") as f:
        f.write("one\n")
    with open(p, "a") as f:
        f.write("two\n")
    with open(p, "a") as f:
        f.write("three\n")
    with open(p) as f:
        print(f.read(), end="")
finally:
    _tmpdir.remove(d)
