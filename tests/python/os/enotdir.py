# a file used as a directory is ENOTDIR
import os, errno, _tmpdir
d = _tmpdir.make()
try:
    open(d + "/f", "w").close()
    for op in (lambda: os.listdir(d + "/f"), lambda: os.mkdir(d + "/f/x"), lambda: open(d + "/f/x")):
        try:
            op()
        except OSError as e:
            print(e.errno == errno.ENOTDIR)
finally:
    _tmpdir.remove(d)
