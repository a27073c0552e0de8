# A full volume (tests/fat/fat.test.ts): writing past the free space raises OSError(ENOSPC),
# keeps what fitted, and loses nothing else; freeing space makes room again.
import os
import pyxis

dev = pyxis.BlockDevice()
os.VfsFat.mkfs(dev)
os.mount(os.VfsFat(dev), "/fat")
with open("/fat/keep.txt", "w") as f:
    f.write("keep me\n" * 100)
written = 0
try:
    with open("/fat/big.bin", "wb") as f:
        while True:
            written += f.write(b"b" * 1000)
except OSError as e:
    print("errno", e.errno)
size = os.stat("/fat/big.bin")[6]
print(size >= written, size < 64 * 1024)
print(open("/fat/big.bin", "rb").read() == b"b" * size)
print(open("/fat/keep.txt").read() == "keep me\n" * 100)
try:
    os.mkdir("/fat/more")
    print("mkdir fitted")
except OSError as e:
    print("mkdir errno", e.errno)
try:
    with open("/fat/new.txt", "w") as f:
        f.write("n" * 5000)
except OSError as e:
    print("new errno", e.errno)
os.remove("/fat/big.bin")
with open("/fat/after.txt", "w") as f:
    f.write("room again")
print(open("/fat/after.txt").read())
print(sorted(os.listdir("/fat")))
os.umount("/fat")
