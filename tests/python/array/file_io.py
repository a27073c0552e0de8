# write(a) writes the items' bytes; readinto(a) fills an array in place.
from array import array
import os, binascii
# a name of its own: the modes of the suite may run this at the same time
name = "_array_file_io_" + binascii.hexlify(os.urandom(6)).decode() + ".bin"
with open(name, "wb") as f:
    print(f.write(array('H', [0x4142, 0x4344])))
with open(name, "rb") as f:
    print(f.read())
b = array('B', [0] * 3)
with open(name, "rb") as f:
    print(f.readinto(b))
print(b)
h = array('h', [0, 0])
with open(name, "rb") as f:
    print(f.readinto(h), h)
os.remove(name)
