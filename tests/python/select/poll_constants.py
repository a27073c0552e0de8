# the poll event bits
import select
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
