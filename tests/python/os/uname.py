# os.uname(): a 5-item tuple whose items are also attributes
import os

u = os.uname()
print(isinstance(u, tuple), len(u), [type(x).__name__ for x in u])
print(u[0] == u.sysname, u[1] == u.nodename, u[2] == u.release, u[3] == u.version, u[4] == u.machine)
print(tuple(u) == u, u[-1] is u.machine, len(u[:2]))
sysname, nodename, release, version, machine = u
print(sysname == u.sysname and machine == u.machine)
