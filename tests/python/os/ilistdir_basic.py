# ilistdir gives (name, type, inode) entries
import os, _tmpdir
d = _tmpdir.make()
try:
    open(d + "/file", "w").close()
    os.mkdir(d + "/dir")
    if hasattr(os, "ilistdir"):
        entries = sorted(os.ilistdir(d))
        print([(e[0], e[1]) for e in entries])
    else:  # CPython: the same facts from scandir
        print(sorted((e.name, 0x4000 if e.is_dir() else 0x8000) for e in os.scandir(d)))
finally:
    _tmpdir.remove(d)
