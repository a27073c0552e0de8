# an unregistered object is no longer reported
import select, sys
p = select.poll()
p.register(sys.stdout, select.POLLOUT)
print(len(p.poll(0)))
p.unregister(sys.stdout)
print(p.poll(0))
