# mode 'x' creates, and fails with EEXIST when the file exists
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/new", "x") as f:
        f.write("made")
    try:
        open(d + "/new", "x")
    except OSError as e:
        print("OSError", e.errno)
    with open(d + "/new") as f:
        print(f.read())
finally:
    _tmpdir.remove(d)
