# open's keyword arguments
import _tmpdir
d = _tmpdir.make()
try:
    with open(d + "/k", mode="w", encoding="utf-8", newline=None) as f:
        f.write("kw")
    with open(file=d + "/k") if False else open(d + "/k", mode="r") as f:
        print(f.read())
    try:
        open(d + "/k", bogus=1)
    except TypeError:
        print("TypeError")
finally:
    _tmpdir.remove(d)
