# rename moves a file, replacing the target
import os, _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/a", "w") as f:
        f.write("A")
    with open(d + "/b", "w") as f:
        f.write("B")
    os.rename(d + "/a", d + "/c")
    print(sorted(os.listdir(d)))
    os.rename(d + "/c", d + "/b")
    print(sorted(os.listdir(d)))
    with open(d + "/b") as f:
        print(f.read())
    try:
        os.rename(d + "/nothing", d + "/z")
    except OSError as e:
        print("missing", e.errno)
finally:
    _tmpdir.remove(d)
