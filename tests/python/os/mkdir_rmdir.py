# mkdir and rmdir, with the errors they raise
import os, _tmpdir
d = _tmpdir.make()
try:
    os.mkdir(d + "/x")
    try:
        os.mkdir(d + "/x")
    except OSError as e:
        print("exists", e.errno)
    open(d + "/x/f", "w").close()
    try:
        os.rmdir(d + "/x")
    except OSError as e:
        print("not empty", e.errno)
    os.remove(d + "/x/f")
    os.rmdir(d + "/x")
    print(os.listdir(d))
    try:
        os.rmdir(d + "/x")
    except OSError as e:
        print("missing", e.errno)
finally:
    _tmpdir.remove(d)
