# many files: write them, list them, read them back
import os, _tmpdir
d = _tmpdir.make()
try:
    for i in range(20):
        with open("%s/f%02d" % (d, i), "w") as f:
            f.write(str(i * i))
    names = sorted(os.listdir(d))
    print(len(names), names[0], names[-1])
    total = 0
    for n in names:
        with open(d + "/" + n) as f:
            total += int(f.read())
    print(total)
finally:
    _tmpdir.remove(d)
