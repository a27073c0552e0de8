# A FAT volume as the root (as on a board): os.getcwd, os.chdir and relative paths, which
# the VFS resolves against its own working directory (tests/fat/fat.test.ts).
import os
import pyxis

d = pyxis.BlockDevice()
os.VfsFat.mkfs(d)
os.umount("/")
os.mount(os.VfsFat(d), "/")
print(os.getcwd(), os.listdir())
os.mkdir("lib")
os.chdir("lib")
print(os.getcwd())
with open("mod.py", "w") as f:
    f.write("X = 1\n")
print(os.listdir(), os.listdir("/lib"), os.listdir(".."))
os.chdir("..")
print(os.getcwd(), sorted(os.listdir(".")))
os.chdir("/lib/../lib/.")
print(os.getcwd(), open("mod.py").read(), end="")
try:
    os.chdir("mod.py")
except OSError as e:
    print(e.errno)
