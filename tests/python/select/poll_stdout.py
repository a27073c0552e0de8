# stdout is writable at once
import select, sys
p = select.poll()
p.register(sys.stdout, select.POLLOUT)
r = p.poll(0)
print(len(r), r[0][1] & select.POLLOUT != 0, r[0][1] & select.POLLIN)
