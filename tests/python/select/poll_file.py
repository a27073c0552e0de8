# regular files are always ready, for reading and for writing
import select, os
path = "/tmp/pyxis_poll_" + os.urandom(6).hex()
with open(path, "w") as f:
    f.write("x")
    p = select.poll()
    p.register(f, select.POLLOUT)
    print([ev for _, ev in p.poll(0)])
with open(path) as f:
    p = select.poll()
    p.register(f, select.POLLIN)
    print([ev for _, ev in p.poll(0)])
    p.modify(f, select.POLLIN | select.POLLOUT)
    print([ev for _, ev in p.poll(0)])
os.remove(path)
