# modify on an object never registered is an OSError (ENOENT)
import select, sys, errno
p = select.poll()
try:
    p.modify(sys.stdout, select.POLLOUT)
except OSError as e:
    print("OSError", e.errno == errno.ENOENT)
