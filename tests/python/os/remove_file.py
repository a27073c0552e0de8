# remove a file; removing a missing one is ENOENT, a directory is an OSError
import os, _tmpdir
d = _tmpdir.make()
try:
    open(d + "/f", "w").close()
    os.remove(d + "/f")
    print(os.listdir(d))
    try:
        os.remove(d + "/f")
    except OSError as e:
        print("missing", e.errno)
    os.mkdir(d + "/dir")
    try:
        os.remove(d + "/dir")
    except OSError:
        print("directory")
finally:
    _tmpdir.remove(d)
