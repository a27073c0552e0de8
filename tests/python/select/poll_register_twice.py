# registering again replaces the event mask
import select, sys
p = select.poll()
p.register(sys.stdout, select.POLLIN)
print(p.poll(0))
p.register(sys.stdout, select.POLLOUT)
print(len(p.poll(0)))
