# opening what is not there, a directory, or with a bad mode
import _tmpdir
d = _tmpdir.make()
try:
    try:
        open(d + "/missing")
    except OSError as e:
        print("missing", e.errno)
    try:
        open(d)
    except OSError as e:
        print("directory", e.errno)
    try:
        open(d + "/missing/deeper", "w")
    except OSError as e:
        print("no parent", e.errno)
    for mode in ("rw", "z", "rbt", "", "rr"):
        try:
            open(d + "/x", mode)
        except ValueError:
            print("ValueError", repr(mode))
finally:
    _tmpdir.remove(d)
