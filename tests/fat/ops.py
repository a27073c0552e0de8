# File operations on a FAT volume (tests/fat/fat.test.ts). Under Pyxis it mounts the HAL's
# block device (PYXIS_BDEV) at /fat; under CPython it works in the directory named by its
# argument, so both must print the same thing and leave the same files behind.
import os
import sys

try:
    import pyxis

    os.mount(os.VfsFat(pyxis.BlockDevice()), "/fat")
    root = "/fat"
except ImportError:
    root = sys.argv[1]


def p(name):
    return root + "/" + name


def errno_of(fn, *args):
    try:
        fn(*args)
    except OSError as e:
        return e.errno
    return None


# create, append, read back
with open(p("a.txt"), "w") as f:
    f.write("alpha\n")
with open(p("a.txt"), "a") as f:
    f.write("beta\n")
print(repr(open(p("a.txt")).read()))

# binary data across several clusters; seek and overwrite in place
with open(p("b.bin"), "wb") as f:
    for i in range(40):
        f.write(bytes((i + j) & 255 for j in range(256)))
with open(p("b.bin"), "r+b") as f:
    f.seek(1000)
    f.write(b"XYZ")
    f.seek(-10, 2)
    print(f.read())
    f.seek(995)
    print(f.read(12))
    print(f.tell())
print(os.stat(p("b.bin"))[6])

# writing past the end leaves zeros
with open(p("gap.bin"), "wb") as f:
    f.write(b"head")
    f.seek(700)
    f.write(b"tail")
data = open(p("gap.bin"), "rb").read()
print(len(data), data[:4], data[4:700].count(0), data[700:])

# truncate on "w"
with open(p("a.txt"), "w") as f:
    f.write("short")
print(repr(open(p("a.txt")).read()))

# exclusive create
print(errno_of(open, p("a.txt"), "x"))
with open(p("new.txt"), "x") as f:
    f.write("x")

# directories and long names
os.mkdir(p("Sub Directory"))
os.mkdir(p("Sub Directory/nested"))
names = ["A Long File Name.text", "lower.txt", "UPPER.TXT", "MiXed.Txt", "x" * 100, "many.dots.in.name", "unicode-é-ñ.txt"]
for i, n in enumerate(names):
    with open(p("Sub Directory/" + n), "w") as f:
        f.write(n * (i + 1))
print(sorted(os.listdir(p("Sub Directory"))))
for n in names:
    print(open(p("Sub Directory/" + n)).read() == n * (names.index(n) + 1))
print(sorted(os.listdir(root)))

# ~N short names stay unique
for i in range(12):
    with open(p("Sub Directory/nested/long name number %d.txt" % i), "w") as f:
        f.write(str(i))
print(sorted(os.listdir(p("Sub Directory/nested"))))
print(open(p("Sub Directory/nested/long name number 11.txt")).read())

# rename: files, replacing a file, directories, case only
os.rename(p("new.txt"), p("renamed.txt"))
os.rename(p("renamed.txt"), p("Sub Directory/moved.txt"))
with open(p("victim.txt"), "w") as f:
    f.write("old")
with open(p("winner.txt"), "w") as f:
    f.write("new")
os.rename(p("winner.txt"), p("victim.txt"))
print(open(p("victim.txt")).read())
os.rename(p("Sub Directory/nested"), p("nested2"))
print(sorted(os.listdir(p("nested2")))[:2])
print(open(p("nested2/long name number 3.txt")).read())
os.rename(p("gap.bin"), p("Gap.bin"))
print(sorted(os.listdir(root)))

# remove, rmdir, errors
os.remove(p("Sub Directory/lower.txt"))
print("lower.txt" in os.listdir(p("Sub Directory")))
print(errno_of(os.remove, p("missing")))
print(errno_of(os.rmdir, p("Sub Directory")))
print(errno_of(os.mkdir, p("Sub Directory")))
print(errno_of(os.remove, p("Sub Directory")) in (21, 1))
print(errno_of(open, p("missing/x"), "w"))
print(errno_of(open, p("a.txt/x"), "w"))
print(errno_of(os.listdir, p("a.txt")))
for n in os.listdir(p("nested2")):
    os.remove(p("nested2/" + n))
os.rmdir(p("nested2"))
print(sorted(os.listdir(root)))
print(oct(os.stat(p("Sub Directory"))[0] & 0o170000), oct(os.stat(p("a.txt"))[0] & 0o170000))

# a file read line by line and iterated
with open(p("lines.txt"), "w") as f:
    for i in range(50):
        f.write("line %d\n" % i)
with open(p("lines.txt")) as f:
    print(f.readline(), end="")
    print(sum(1 for _ in f))
