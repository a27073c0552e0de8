# listdir shows files and directories, not . and ..
import os, _tmpdir
d = _tmpdir.make()
try:
    print(os.listdir(d))
    open(d + "/b.txt", "w").close()
    open(d + "/a.txt", "w").close()
    os.mkdir(d + "/sub")
    print(sorted(os.listdir(d)))
    print(os.listdir(d + "/sub"))
finally:
    _tmpdir.remove(d)
