# Fault injection (tests/fat/fat.test.ts): a sequence of file operations on a FAT volume
# in a RAM block device that stops writing (OSError EIO, as a power cut) after N block
# writes, for every N until the sequence completes. After each cut the volume must mount
# again and every file closed before the cut must read back intact; the image goes to
# <argv[1]>/cutNNN.img for fsck.fat.
import os
import sys

out_dir = sys.argv[1]
BLOCKS = 96


class CutDevice:
    def __init__(self, data, limit):
        self.data = data
        self.limit = limit
        self.writes = 0

    def readblocks(self, n, buf, off=0):
        a = n * 512 + off
        buf[:] = self.data[a : a + len(buf)]

    def writeblocks(self, n, buf, off=0):
        if self.limit is not None and self.writes >= self.limit:
            raise OSError(5)
        self.writes += 1
        a = n * 512 + off
        self.data[a : a + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return BLOCKS
        if op == 5:
            return 512
        return 0


def put(name, data, mode="wb"):
    with open("/f/" + name, mode) as f:
        f.write(data)


# Each step: (the file it changes, what it does, that file's content afterwards or None when gone).
STEPS = [
    ("one.txt", lambda: put("one.txt", b"first file\n"), b"first file\n"),
    ("A long name for a file.bin", lambda: put("A long name for a file.bin", bytes(range(256)) * 6), bytes(range(256)) * 6),
    ("dir", lambda: os.mkdir("/f/dir"), None),
    ("dir/inner.txt", lambda: put("dir/inner.txt", b"inner" * 300), b"inner" * 300),
    ("one.txt", lambda: put("one.txt", b"appended\n", "ab"), b"first file\nappended\n"),
    ("trunc.txt", lambda: put("trunc.txt", b"to be truncated " * 80), b"to be truncated " * 80),
    ("trunc.txt", lambda: put("trunc.txt", b"short"), b"short"),
    ("A long name for a file.bin", lambda: os.remove("/f/A long name for a file.bin"), None),
    ("dir/second file with a long name.txt", lambda: put("dir/second file with a long name.txt", b"z" * 2000), b"z" * 2000),
    ("one.txt", lambda: put("one.txt", b"x" * 700, "ab"), b"first file\nappended\n" + b"x" * 700),
]

base = bytearray(BLOCKS * 512)
os.VfsFat.mkfs(CutDevice(base, None))
base = bytes(base)

n = 0
while True:
    data = bytearray(base)
    dev = CutDevice(data, n)
    os.mount(os.VfsFat(dev), "/f")
    done = {}
    current = None
    cut = False
    try:
        for name, step, after in STEPS:
            current = name
            step()
            if after is None:
                done.pop(name, None)
            else:
                done[name] = after
            current = None
    except OSError as e:
        cut = True
    os.umount("/f")
    os.mount(os.VfsFat(CutDevice(data, None)), "/f")
    bad = []
    for name, content in done.items():
        if name == current:
            continue
        try:
            with open("/f/" + name, "rb") as f:
                got = f.read()
        except OSError as e:
            got = "OSError %d" % e.errno
        if got != content:
            bad.append(name)
    os.listdir("/f")
    os.listdir("/f/dir") if "dir/inner.txt" in done else None
    os.umount("/f")
    with open("%s/cut%03d.img" % (out_dir, n), "wb") as f:
        f.write(data)
    print(n, "cut" if cut else "complete", "intact" if not bad else "BAD " + repr(bad))
    if not cut:
        break
    n += 1
