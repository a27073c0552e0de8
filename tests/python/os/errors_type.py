# path arguments must be str
import os
for f in (os.listdir, os.stat, os.remove, os.mkdir):
    try:
        f([1])
    except TypeError:
        print("TypeError")
