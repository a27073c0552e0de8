# statvfs describes the file system: ten numbers
import os
st = os.statvfs("/")
print(len(st), st[0] > 0, st[2] > 0, st[3] <= st[2])
