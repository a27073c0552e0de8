# lines longer than any read buffer, read by line and by size
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/long", "w") as f:
        for i in range(4):
            f.write(str(i) * (300 + i * 200) + "\n")
    with open(d + "/long") as f:
        print([len(line) for line in f])
    with open(d + "/long") as f:
        print(len(f.read(1000)), len(f.readline()), len(f.read()))
finally:
    _tmpdir.remove(d)
