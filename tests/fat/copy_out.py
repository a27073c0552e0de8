# Copy every file of the FAT volume on the HAL's block device to the host directory argv[1],
# printing the paths (tests/fat/fat.test.ts: files mtools wrote, read by Pyxis).
import os
import sys
import pyxis

os.mount(os.VfsFat(pyxis.BlockDevice()), "/fat", readonly=True)
out = sys.argv[1]


def copy(rel):
    for name in sorted(os.listdir("/fat" + rel)):
        src = "/fat" + rel + "/" + name
        if os.stat(src)[0] & 0o170000 == 0o040000:
            print((rel + "/" + name)[1:] + "/")
            os.mkdir(out + rel + "/" + name)
            copy(rel + "/" + name)
        else:
            print((rel + "/" + name)[1:])
            with open(src, "rb") as f, open(out + rel + "/" + name, "wb") as g:
                while True:
                    chunk = f.read(1000)
                    if not chunk:
                        break
                    g.write(chunk)


copy("")
os.umount("/fat")
