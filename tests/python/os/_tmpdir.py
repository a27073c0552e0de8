# A fresh directory under /tmp for one test run (several modes run a test at once),
# and its removal with everything in it.
import os


def make():
    path = "/tmp/pyxis_test_" + os.urandom(8).hex()
    os.mkdir(path)
    return path


def remove(path):
    for name in os.listdir(path):
        full = path + "/" + name
        if os.stat(full)[0] & 0xF000 == 0x4000:
            remove(full)
        else:
            os.remove(full)
    os.rmdir(path)
